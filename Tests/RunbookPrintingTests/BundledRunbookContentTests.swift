import DocumentMarkup
import Localization
import RunbookModel
import RunbookPrinting
import Testing

/// Every bundled runbook, in both languages and both formats, prints everything
/// a night-shift reader needs: steps, cautions, options, contacts, commands.
@Suite struct BundledRunbookContentTests {
    static let cases: [(language: Language, format: DocumentFormat)] = [
        ("ja", .markdown), ("ja", .html), ("en", .markdown), ("en", .html),
    ]

    @Test func theBundledRunbooksLoadWithoutErrors() throws {
        #expect(
            BundledLibrary.result.hasErrors == false,
            "\(BundledLibrary.result.diagnostics.map(\.description))")
        #expect(try BundledLibrary.runbooks().count >= 12)
    }

    @Test(arguments: cases)
    func everyStepCautionOptionContactAndCommandIsPrinted(
        language: Language, format: DocumentFormat
    ) throws {
        let labels = PrintLabels(language: language)
        let printer = RunbookPrinter(
            library: BundledLibrary.library, language: language, programVersion: "test")
        for runbook in try BundledLibrary.runbooks() {
            let document = printer.document(for: runbook, format: format)
            let plain = PrintedText.plain(document, format: format)
            var expectedText = [
                PrintedText.expectedLine(runbook.title, of: runbook, labels: labels)
            ]
            var expectedMarkup: [String] = []
            for (index, step) in runbook.steps.enumerated() {
                expectedText.append(
                    labels.stepHeading(String(index + 1)) + "  "
                        + PrintedText.expectedLine(step.title, of: runbook, labels: labels))
                if let caution = step.caution {
                    expectedText += PrintedText.expectedLines(caution, of: runbook, labels: labels)
                }
                let kindContent = try expectedKindContent(
                    step, of: runbook, format: format, labels: labels)
                expectedText += kindContent.text
                expectedMarkup += kindContent.markup
            }
            let missingText = PrintedText.missing(expectedText, in: plain)
            let missingMarkup = PrintedText.missing(expectedMarkup, in: document)
            #expect(missingText.isEmpty, "\(runbook.id) \(language) \(format): \(missingText)")
            #expect(missingMarkup.isEmpty, "\(runbook.id) \(language) \(format): \(missingMarkup)")
        }
    }

    @Test(arguments: cases)
    func everyStepHasATimeAndInitialsLine(language: Language, format: DocumentFormat) throws {
        let labels = PrintLabels(language: language)
        let timeLine =
            "\(labels.stepTime) \(labels.timeBlank)  \(labels.initials) \(labels.shortBlank)"
        let printer = RunbookPrinter(
            library: BundledLibrary.library, language: language, programVersion: "test")
        for runbook in try BundledLibrary.runbooks() {
            let plain = PrintedText.plain(
                printer.document(for: runbook, format: format), format: format)
            let printedSteps = printedRunbooks(from: runbook).reduce(0) { $0 + $1.steps.count }
            #expect(
                PrintedText.occurrences(of: timeLine, in: plain) == printedSteps, "\(runbook.id)")
        }
    }

    @Test func headerAndFooterCarryIdentityAndTheJournalNote() throws {
        let runbook = try #require(BundledLibrary.library.runbook("rb-05-first-report"))
        for language: Language in ["ja", "en"] {
            let labels = PrintLabels(language: language)
            let printer = RunbookPrinter(
                library: BundledLibrary.library, language: language, programVersion: "9.9.9",
                printedOn: "2026-11-22")
            let plain = PrintedText.plain(html: printer.document(for: runbook, format: .html))
            var expected = [
                String(runbook.sourceSHA256.prefix(12)), runbook.id, labels.severity(.critical),
                labels.minutes(40),
                labels.hospitalName, labels.operatorName,
                labels.printedBy(programVersion: "9.9.9", printedOn: "2026-11-22"),
            ]
            expected += runbook.triggers.map {
                PrintedText.expectedLine($0, of: runbook, labels: labels)
            }
            for reference in runbook.references {
                expected += [
                    reference.url,
                    PrintedText.expectedLine(reference.title, of: runbook, labels: labels),
                ]
            }
            let missing = PrintedText.missing(expected, in: plain)
            #expect(missing.isEmpty, "\(language): \(missing)")
            let digestTooLong = plain.contains(String(runbook.sourceSHA256.prefix(13)))
            #expect(!digestTooLong)
        }
    }

    @Test func placeholdersOnlyStayBracedInsideCommands() throws {
        for language: Language in ["ja", "en"] {
            let labels = PrintLabels(language: language)
            let printer = RunbookPrinter(
                library: BundledLibrary.library, language: language, programVersion: "test")
            for runbook in try BundledLibrary.runbooks() {
                let html = printer.document(for: runbook, format: .html)
                let outsideCommands = html.split(separator: "<pre>").map {
                    $0.split(separator: "</pre>").last ?? ""
                }
                .joined().replacingAll(HTMLEscaping.escape(labels.commandFieldNote), with: "")
                let braced = outsideCommands.contains("{{")
                #expect(!braced, "\(runbook.id) \(language)")
            }
        }
    }

    // MARK: Helpers

    /// What a step's kind must add: text a reader sees, and markup found as is
    /// (commands, verbatim, HTML-escaped in HTML).
    private func expectedKindContent(
        _ step: Step, of runbook: Runbook, format: DocumentFormat, labels: PrintLabels
    ) throws -> (text: [String], markup: [String]) {
        switch step.kind {
        case .choice(let options):
            let text = options.map {
                "\(labels.checkbox) \(PrintedText.expectedLine($0.label, of: runbook, labels: labels)) \(labels.arrow) "
            }
            return (text, [])
        case .contact(let contactIDs):
            let text = try contactIDs.map { id in
                let contact = try #require(
                    BundledLibrary.library.contact(id), "\(runbook.id) \(step.id): contact \(id)")
                return PrintedText.expectedLine(contact.name, of: runbook, labels: labels)
            }
            return (text, [])
        case .command(let command):
            return ([], [format == .html ? HTMLEscaping.escape(command.command) : command.command])
        case .check(let check):
            return (
                check.expect.map { PrintedText.expectedLines($0, of: runbook, labels: labels) }
                    ?? [], []
            )
        case .input(let input):
            return ([labels.fieldBlank(input.field)], [])
        default:
            return ([], [])
        }
    }

    /// The runbook and everything it includes, each once.
    private func printedRunbooks(from runbook: Runbook) -> [Runbook] {
        var found = [runbook]
        var position = 0
        while position < found.count {
            for step in found[position].steps {
                if case .include(let id) = step.kind, !found.contains(where: { $0.id == id }),
                    let included = BundledLibrary.library.runbook(id)
                {
                    found.append(included)
                }
            }
            position += 1
        }
        return found
    }
}
