/// The one stylesheet of the HTML documents: inline, no fonts or images fetched, A4 print.
enum HTMLStyleSheet {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP", sans-serif;
          font-size: 11pt; line-height: 1.5; color: #111; background: #fff; margin: 2em auto; max-width: 60em; padding: 0 1em; }
        h1 { font-size: 18pt; border-bottom: 2px solid #111; padding-bottom: .2em; }
        h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #888; }
        h3 { font-size: 12pt; }
        p.good { border-left: 6px solid #1a7f37; padding: .3em .6em; background: #eef8f0; font-weight: bold; }
        p.caution { border-left: 6px solid #9a6700; padding: .3em .6em; background: #fff8e5; }
        p.alert { border: 2px solid #b3261e; border-left-width: 8px; padding: .4em .6em; background: #fdecea; font-weight: bold; }
        pre { font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; font-size: 9pt; white-space: pre-wrap;
          word-break: break-all; background: #f4f4f4; padding: .5em; border: 1px solid #ddd; }
        dl { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; }
        dt { font-weight: bold; }
        dd { margin: 0; word-break: break-all; }
        table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: .5em 0 1em; }
        th, td { border: 1px solid #bbb; padding: .15em .35em; vertical-align: top; text-align: left; white-space: pre-wrap;
          overflow-wrap: anywhere; }
        table.signature th { width: 14em; }
        table.signature td { height: 2.6em; }
        section.signature { break-inside: avoid; }
        th { background: #e8e8e8; word-break: keep-all; overflow-wrap: normal; }
        tr.caution td:first-child::before { content: "⚠ "; }
        tr.caution { background: #fff8e5; }
        tr.alert td:first-child::before { content: "✗ "; }
        tr.alert { background: #fdecea; }
        svg.chart { width: 100%; height: auto; border: 1px solid #ccc; }
        svg .lane { fill: #fafafa; stroke: #ddd; }
        svg .lane-label, svg .tick-label, svg .legend, svg .axis-note { font-size: 11px; fill: #222; }
        svg .tick-label { text-anchor: middle; }
        svg .tick { stroke: #ccc; stroke-dasharray: 2 3; }
        svg .mark-run { fill: #111; }
        svg .mark-done { fill: #1a7f37; }
        svg .mark-skipped { fill: #d4a017; stroke: #6b5000; }
        svg .mark-failed { fill: #b3261e; }
        svg .mark-contact { fill: #1f5fbf; }
        svg .mark-other { fill: #888; }
        footer { margin-top: 2em; font-size: 9pt; color: #555; border-top: 1px solid #ccc; }
        @page { size: A4; margin: 16mm 12mm 14mm;
          @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
          h2 { break-after: avoid; }
          thead { display: table-header-group; }
          tr, svg.chart, p.alert, dl { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """

    /// The review pack's print rules: `text` at the top of every page (a CSS string,
    /// escaped), and the one-page summary (the first section) alone on its page.
    static func reviewPrintRules(runningHeader text: String) -> String {
        "\n@page { @top-left { content: \"\(cssString(text))\"; font-size: 8pt; color: #555; } }"
            + "\n@media print { h2:nth-of-type(2) { break-before: page; } }"
    }

    /// A drill document's print rules: `marking` at the top centre of every printed page,
    /// and each `div.exercise-page` (the marking again, in the body) starting a new page.
    static func exercisePrintRules(marking: String) -> String {
        "\n@page { @top-center { content: \"\(cssString(marking))\"; font-size: 10pt; font-weight: bold; color: #b3261e; } }"
            + "\ndiv.exercise-page { border: 3px solid #b3261e; color: #b3261e; font-weight: bold; text-align: center; padding: .3em; }"
            + "\n@media print { div.exercise-page.next { break-before: page; } }"
    }

    /// `text` as the inside of a CSS string: quotes and backslashes escaped, `<` and `&`
    /// as CSS escapes (the style sheet sits inside XHTML), control characters as spaces.
    private static func cssString(_ text: String) -> String {
        var quoted = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"": quoted += "\\" + String(scalar)
            case "<": quoted += "\\3C "
            case "&": quoted += "\\26 "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: quoted += " "
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted
    }
}
