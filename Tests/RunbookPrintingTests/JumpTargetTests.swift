import DocumentMarkup
import Localization
import RunbookModel
import RunbookPrinting
import Testing

/// Every branch names the step it leads to by its number in the list, with its title.
@Suite struct JumpTargetTests {
    static let runbook: Runbook = {
        let english = { (text: String) in LocalizedText(text, language: "en") }
        return Runbook(
            id: "handmade", version: 3, title: english("Hand-made"), language: "en",
            steps: [
                Step(id: "look", title: english("Look around"), onUnable: .step("wait")),
                Step(
                    id: "door",
                    kind: .check(
                        CheckSpec(expect: english("The door is shut"), onFail: .step("call"))),
                    title: english("Check the door"), next: .step("record")),
                Step(
                    id: "decide",
                    kind: .choice([
                        ChoiceOption(id: "again", label: english("Again"), next: .step("look")),
                        ChoiceOption(id: "stop", label: english("Stop"), next: .end),
                        ChoiceOption(id: "on", label: english("Go on")),
                    ]),
                    title: english("Decide")),
                Step(
                    id: "record", kind: .input(InputSpec(field: "who")),
                    title: english("Record the name"), next: .end),
                Step(
                    id: "call", kind: .contact(contactIDs: ["nobody"]),
                    title: english("Call {{who}}")),
                Step(id: "wait", kind: .wait(seconds: 90), title: english("Wait")),
                Step(id: "finish", kind: .end(.escalated), title: english("Finish")),
            ])
    }()

    private func plainSteps(language: Language = "en", format: DocumentFormat = .markdown)
        -> [String]
    {
        let document = RunbookPrinter(
            library: RunbookLibrary(runbooks: [Self.runbook]), language: language,
            programVersion: "test"
        )
        .document(for: Self.runbook, format: format)
        let plain = PrintedText.plain(document, format: format).replacingAll("`", with: "")
        // The text before the first step is the header; each later piece is one step.
        return Array(plain.components(separatedBy: "Step ").dropFirst())
    }

    @Test func theFollowingStepNeedsNoJumpLine() {
        let steps = plainSteps()
        #expect(steps.count == 7)
        #expect(steps[0].hasPrefix("1  Look around"))
        #expect(!steps[0].contains("→ next"))
    }

    @Test func cannotDoNamesWhereOnUnableLeads() {
        let steps = plainSteps()
        #expect(steps[0].contains("□ cannot do (tried, but could not) → step 6 (Wait)"))
        #expect(!steps[3].contains("cannot do"), "only steps with on_unable get the line")
        let japanese = RunbookPrinter(
            library: RunbookLibrary(runbooks: [Self.runbook]), language: "ja",
            programVersion: "test"
        )
        .document(for: Self.runbook, format: .markdown)
        #expect(
            PrintedText.plain(japanese, format: .markdown).contains("□ できない（やろうとしたが、できなかった） → "))
    }

    @Test func aCheckNamesBothItsNextAndItsFailureStep() {
        let door = plainSteps()[1]
        #expect(door.contains("Check that: The door is shut"))
        #expect(door.contains("□ confirmed"))
        #expect(door.contains("□ cannot confirm → step 5 (Call [who])"))
        #expect(door.contains("→ next: step 4 (Record the name)"))
    }

    @Test func choiceOptionsLeadToTheirStepsOrTheEnd() {
        let decide = plainSteps()[2]
        #expect(decide.contains("□ Again → step 1 (Look around)"))
        #expect(decide.contains("□ Stop → end"))
        #expect(decide.contains("□ Go on → step 4 (Record the name)"))
        #expect(!decide.contains("→ next"))
    }

    @Test func anExplicitEndIsSaid() {
        let record = plainSteps()[3]
        #expect(record.contains("[who] = ____________________"))
        #expect(record.contains("→ next: end"))
    }

    @Test func aMissingContactLeavesBlanksToWriteIn() {
        let labels = PrintLabels(language: "en")
        let call = plainSteps()[4]
        #expect(call.contains(labels.contactMissing("nobody")))
        #expect(call.contains("□ reached   □ no answer   □ left a message"))
        #expect(call.contains("\(labels.callTime) __:__"))
    }

    @Test func waitsAndEndsPrintInWords() {
        let steps = plainSteps()
        #expect(steps[5].contains("Wait: 90 s"))
        #expect(steps[5].contains("started __:__  ended __:__"))
        #expect(steps[6].contains("Outcome: escalated"))
    }

    @Test func jumpsAreLinksInHTMLAndJapaneseInJapanese() {
        let html = RunbookPrinter(
            library: RunbookLibrary(runbooks: [Self.runbook]), language: "en",
            programVersion: "test"
        )
        .document(for: Self.runbook, format: .html)
        #expect(html.contains("<h3 id=\"handmade.record\">Step 4  Record the name</h3>"))
        #expect(html.contains("→ next: <a href=\"#handmade.record\">step 4</a> (Record the name)"))
        let japanese = RunbookPrinter(
            library: RunbookLibrary(runbooks: [Self.runbook]), language: "ja",
            programVersion: "test"
        )
        .document(for: Self.runbook, format: .markdown)
        #expect(japanese.contains("- □ できない → 手順 5（Call ［who］）"))
        #expect(japanese.contains("→ 次：手順 4（Record the name）"))
    }
}
