// DocumentMarkup: the two document formats Shodo writes for people — Markdown and one
// self-contained HTML file — and the one rule set that keeps text from runbooks and
// journals literal in each (`HTMLEscaping`, `MarkdownEscaping`). The paper binder
// (`RunbookPrinting`), the review pack and the drill documents (`JournalReports`) and
// the command line's `--format md|html` (`DocumentFormat`) all use it.
//
// Depends only on TerminalSafety: a Markdown document is read with `cat` as often as it
// is rendered, so control characters are shown as `<U+XXXX>` there too.
