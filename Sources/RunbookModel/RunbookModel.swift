// RunbookModel: what a runbook is, as plain values.
//
// Terminology
// - runbook: one YAML file of steps for one situation (docs/runbook-format.md).
// - step: one thing the operator does; its kind decides how it is answered.
// - target: where a step leads next: another step of the same runbook, or the end.
// - text: human-readable words in one or more languages (`LocalizedText`).
// - library: every runbook, contact and principle loaded for one invocation.
//
// Nothing here does I/O: loading lives in RunbookLoading, running in RunEngine.
