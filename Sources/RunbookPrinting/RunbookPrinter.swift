import DocumentMarkup
import Localization
import RunbookModel

/// Prints a runbook for the paper binder: every step, branch, caution and
/// contact, with blanks to write the time and initials per step.
///
/// Pure: the same runbook, library and settings always give the same text.
/// Runbooks the printed one includes come from `library` and are printed once
/// each as appendices; contacts come from `library.contacts`.
public struct RunbookPrinter: Sendable {
    /// Where included runbooks and contacts are looked up.
    public var library: RunbookLibrary
    /// The fixed words, in the document's language.
    public var labels: PrintLabels
    /// Named in the footer, so a binder page tells which program printed it.
    public var programVersion: String
    /// `YYYY-MM-DD`, named in the footer when given; left out keeps output reproducible.
    public var printedOn: String?
    /// Whether the contacts are the bundled template; the header then warns.
    public var contactsFromTemplate: Bool

    /// A printer whose fixed words and runbook texts are in `language` (`ja` or
    /// `en`), each runbook text falling back to its runbook's own `lang`.
    public init(
        library: RunbookLibrary, language: Language, programVersion: String,
        printedOn: String? = nil,
        contactsFromTemplate: Bool = false
    ) {
        self.library = library
        self.labels = PrintLabels(language: language)
        self.programVersion = programVersion
        self.printedOn = printedOn
        self.contactsFromTemplate = contactsFromTemplate
    }

    /// The whole document for `runbook` (which need not be in the library).
    public func document(for runbook: Runbook, format: DocumentFormat) -> String {
        let builder = DocumentBuilder(
            plan: SectionPlan(main: runbook, library: library), contacts: library, labels: labels,
            footerNote: labels.printedBy(programVersion: programVersion, printedOn: printedOn),
            contactsFromTemplate: contactsFromTemplate)
        let blocks = builder.blocks()
        switch format {
        case .markdown:
            return MarkdownRenderer(labels: labels).render(blocks)
        case .html:
            let title = runbook.title.resolved(
                preferred: labels.language, fallback: runbook.language)
            return HTMLRenderer(labels: labels, title: title).render(blocks)
        }
    }
}
