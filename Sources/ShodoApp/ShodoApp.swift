// ShodoApp: the interactive program as state, keymap and screens.
//
// Terminology
// - screen: what fills the terminal (triage, runbook list, step, end...); one file each.
// - overlay: a box drawn over a screen (help, why, quit confirmation).
// - prompt: the input line at the bottom that asks for a note or a reason.
// - intent: what a key means on the current screen (`Keymap`), before any effect.
// - recorded: an action `JournaledRun.perform` returned for, i.e. on disk; only
//   then does a screen say so.
//
// `AppState` is a plain value, `Keymap` and the screens are pure functions of
// it; `AppController` is the only place with effects (the journal, the
// operator memory) and `EventLoop` the only one that talks to the `Terminal`.
