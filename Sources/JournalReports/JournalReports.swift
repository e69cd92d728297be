// JournalReports: exports, merged timelines and the morning review pack, read from journals.
//
// Terminology, as used in every file of this module:
// - source: one journal file given on the command line, verified before anything is
//   shown, with the facts of its `journal.open` record (host, time zone, drill).
// - entry: one record of a source, as it goes into a timeline; a merged timeline is the
//   entries of several sources ordered by wall time, then journal id, then seq.
// - verdict: what `JournalVerifier` says of a source; every view and export states it at
//   the top, and nothing here ever repairs a journal.
// - row format: csv, jsonl, timesketch, l2tcsv; written one row per entry while the
//   journals are read, so memory does not grow with the journal.
// - document: the md / html timeline report and the review pack; they hold the summary
//   they show (deviations, calls, values…) and stream the timeline itself.
//
// This module reads kinds and payload members as strings (docs/journal.md "What a line looks like"); it knows
// nothing of runbooks, the engine or the terminal.
