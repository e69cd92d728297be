import DocumentMarkup
import Localization
import RunbookModel
import RunbookPrinting
import Testing

/// On paper too, a template blank is no number: the printout says what to do instead.
@Suite struct BlankContactPrintingTests {
    @Test(arguments: ["ja", "en"])
    func aContactWithOnlyBlanksPrintsTheAdviceAndUsableNumbersStay(language: Language) {
        let text = { (ja: String, en: String) in LocalizedText(["ja": ja, "en": en]) }
        let runbook = Runbook(
            id: "calls", version: 1, title: text("連絡", "Calls"), languages: ["ja", "en"],
            steps: [
                Step(
                    id: "call", kind: .contact(contactIDs: ["duty-manager", "it-oncall"]),
                    title: text("電話する", "Call")),
                Step(id: "end", kind: .end(.resolved), title: text("おわり", "End")),
            ])
        let contacts = [
            Contact(
                id: "duty-manager", name: text("当直責任者", "Duty manager"),
                phones: ["内線 ____ (要記入 / fill in)"]),
            Contact(
                id: "it-oncall", name: text("情報システム当番", "IT on-call"),
                phones: ["内線 ____ (要記入 / fill in)", "090-1234-5678"]),
        ]
        let printer = RunbookPrinter(
            library: RunbookLibrary(runbooks: [runbook], contacts: contacts), language: language,
            programVersion: "test")
        for format in [DocumentFormat.markdown, .html] {
            let document = printer.document(for: runbook, format: format)
            #expect(!document.contains("内線 ____"), "\(format)")
            #expect(document.contains("090-1234-5678"))
            let name = language == "ja" ? "当直責任者" : "Duty manager"
            let advice = Contact.noNumberAdvice(name: name).resolved(
                preferred: language, fallback: "en")
            let opening = String(advice.prefix(while: { $0 != "\"" && $0 != "「" }))
            #expect(document.contains(opening), "\(format): \(opening)")
            #expect(document.contains(name))
        }
    }
}
