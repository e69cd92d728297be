// RunbookPrinting: a runbook as a printable document for the paper binder.
//
// Terminology
// - document: everything printed for one runbook: header, the runbook's steps,
//   its appendices, and the footer. Pure: a model goes in, a `String` comes out.
// - section: one runbook inside the document: the main part, or an appendix.
// - appendix: a runbook reached through an `include` step, printed once after the
//   main part and lettered A, B, C ... in the order it is first met.
// - step number: a step's position in its runbook's list, from 1 (`A-3` in
//   appendix A), the number every "→ step N" points at.
// - blank: underscores to write on (`__:__`, `______`); a field blank (`［pc_label］`)
//   stands for the value written at the input step with that `field`.
// - block / inline: the format-neutral pieces a document is built from; the
//   Markdown and HTML renderers turn the same blocks into text.
//
// Paper is the fallback for the night the terminal is down: the journal stays
// the record whenever the terminal works, and the footer says so.
