// RunEngine: a run of a runbook as a pure state machine.
//
// Terminology
// - run: one pass through a runbook (and the runbooks it includes), from
//   `run.started` to `run.ended`.
// - action: what the operator does (`done`, `choose`, `input`, ...).
// - record: what the engine asks to be journaled for an action.
// - frame: one runbook on the include stack, with its current step.
// - replay: rebuilding a run's state by applying the actions its journal holds,
//   through the same code as a live run.
