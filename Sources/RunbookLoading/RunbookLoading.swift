// RunbookLoading: YAML files to RunbookModel values, with every problem reported
// as `FILE:LINE:COLUMN: error: MESSAGE`. The only module that imports Yams.
//
// Terminology
// - file kind: what a YAML file is, decided by its top-level keys: `contacts` makes
//   a contacts file, `scenario` a drill scenario, `principles` the first-principles
//   file, anything else a runbook (docs/runbook-format.md "Contacts file").
// - parse: one file on its own, into model values plus the positions of everything
//   a later check may need to point at.
// - validate: the checks that need every loaded file at once (includes, contact ids,
//   duplicate ids, `{{NAME}}` across includes).
// - position: 1-based line and column as Yams gives them, the column counting
//   Unicode scalars; a diagnostic converts it to a column that counts characters.
