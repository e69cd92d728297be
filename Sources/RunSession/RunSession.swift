// RunSession: a run wired to its journal.
//
// Terminology
// - session: one process's share of a run, from start or resume to end or pause.
// - acknowledged: an action whose records are on disk (fdatasync returned);
//   only then does any front end say it was recorded.
// - headless: the plain-text front end of docs/cli.md "Headless action protocol", one action per input line.
//
// The engine decides; the journal remembers; this module makes sure nothing
// is shown as recorded before the journal has it.
