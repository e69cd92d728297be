/// The inline style sheet of printed HTML: plain on screen, A4 on paper.
///
/// Black on white, so a monochrome printer loses nothing: the caution box is
/// marked by a thick border, a symbol and a word, never by colour alone. Kept
/// free of `<` and `&` so the document stays well-formed XML.
enum HTMLStyleSheet {
    static let text = """
        @page { size: A4; margin: 15mm; }
        html { color: #000; background: #fff; }
        body {
          font-family: "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif;
          font-size: 11pt; line-height: 1.55; max-width: 180mm; margin: 0 auto; padding: 0 4mm;
        }
        h1 { font-size: 18pt; margin: 0 0 2mm; }
        h2 { font-size: 14pt; border-bottom: 1.5pt solid #000; margin-top: 8mm; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 12pt; margin: 0 0 2mm; break-after: avoid; page-break-after: avoid; }
        h4 { font-size: 11pt; margin: 2mm 0 1mm; }
        p { margin: 1.5mm 0; }
        a { color: inherit; }
        code, pre, .blank { font-family: "Noto Sans Mono CJK JP", "DejaVu Sans Mono", "Menlo", "Consolas", monospace; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; border: 1pt solid #000; padding: 2mm 3mm; font-size: 10pt; }
        table.facts { border-collapse: collapse; margin: 1.5mm 0; }
        table.facts th { text-align: left; vertical-align: top; font-weight: bold; padding: 0.5mm 4mm 0.5mm 0; white-space: nowrap; }
        table.facts td { vertical-align: top; padding: 0.5mm 0; }
        section.step { border: 1pt solid #000; padding: 2mm 4mm; margin: 4mm 0; break-inside: avoid; page-break-inside: avoid; }
        section.appendix { break-before: page; page-break-before: always; }
        .caution { border: 2.5pt solid #000; background: #fff3cd; padding: 1mm 3mm; margin: 2mm 0; }
        .caution .box-heading { font-size: 12pt; }
        .why { border-left: 1.5mm solid #777; padding-left: 3mm; margin: 2mm 0; }
        .contact { border: 0.75pt dashed #000; padding: 1mm 3mm; margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
        ul.checks { list-style: none; padding-left: 0; font-size: 12pt; }
        ul.checks li, .write-in { white-space: pre-wrap; }
        .field { border-bottom: 0.75pt solid #000; font-weight: bold; }
        .write-in { margin-top: 3mm; font-size: 12pt; }
        header { border-bottom: 2pt solid #000; padding-bottom: 2mm; }
        footer { margin-top: 8mm; font-size: 10pt; }
        @media print {
          body { padding: 0; max-width: none; }
          .caution { background: #fff; }
        }

        """
}
