/// How a paragraph or row of a document is marked: besides colour, always by a word or symbol.
public enum ReportTone: Sendable, Hashable {
    /// Plain.
    case normal
    /// A good verdict.
    case good
    /// Worth a look (a skipped step, an unsynchronised clock).
    case caution
    /// Something is wrong (a journal that does not verify, a failed check).
    case alert
}
