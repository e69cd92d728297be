// ActionJournal: the append-only, hash-chained journal of one run (docs/journal.md).
//
// Terminology, as used in every file of this module:
// - journal: one `.jsonl` file, one line per record, written by one process at a time.
// - record: one line; its prefix is the JSON object without its closing brace, ending
//   with `"prev"`; its tail carries `h` (and, when sealed, `mac`).
// - chain: `prev` of each record is the `h` of the one before, so a record cannot be
//   removed, moved or inserted without breaking the next one.
// - torn tail: bytes at the end of the file that a crash left without a newline (or
//   filled with NUL bytes); they were never acknowledged and are cut on recovery.
// - verification code: 100 bits of the last `h`, written down by a person so that a
//   later truncation or rewrite of the end can be proven.
// - sealing: a MAC over each `h` with a forward-secure key: `J_k` of epoch `k`, evolved
//   after each `seal` record (`JournalSealer`, `SealKeyStore`, `SealChecker`).
//
// This module knows nothing of runbooks: the caller names the kinds and the payload.
