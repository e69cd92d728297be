/// The parts a document is built from, written in order to a `ReportOutput`.
///
/// One implementation per document format (Markdown, HTML); reports call these and
/// never write markup themselves, so both formats always say the same things.
protocol ReportWriter: AnyObject {
    /// Starts the document.
    func begin(title: String) throws(ReportError)
    /// A heading; level 1 is the title, 2 a section, 3 a sub-section.
    func heading(_ text: String, level: Int) throws(ReportError)
    /// A paragraph.
    func paragraph(_ text: String, tone: ReportTone) throws(ReportError)
    /// Lines shown exactly, in a fixed-width font (the verifier's output).
    func preformatted(_ lines: [String]) throws(ReportError)
    /// Label–value pairs.
    func facts(_ pairs: [(String, String)]) throws(ReportError)
    /// Starts a table with these column headings.
    func beginTable(_ columns: [String]) throws(ReportError)
    /// One table row; cells are plain text.
    func tableRow(_ cells: [String], tone: ReportTone) throws(ReportError)
    /// Ends the table.
    func endTable() throws(ReportError)
    /// The time chart (HTML draws it; Markdown says where to find it).
    func chart(_ chart: TimeChart, text: ReportText) throws(ReportError)
    /// A block to sign by hand on paper: a title and one blank line per label.
    func signatureBlock(title: String, lines: [String]) throws(ReportError)
    /// The exercise marking as a block; `newPage` starts a new printed page with it.
    func exerciseMarking(_ text: String, newPage: Bool) throws(ReportError)
    /// Ends the document with a footer line.
    func end(footer: String) throws(ReportError)
}
