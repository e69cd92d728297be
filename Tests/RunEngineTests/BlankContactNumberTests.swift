import RunEngine
import RunbookModel
import ShodoTestSupport
import Testing

/// A template blank (`内線 ____ (要記入 / fill in)`) is never a number.
@Suite struct BlankContactNumberTests {
    static let blank = Contact(
        id: "duty-manager", name: FixtureRunbooks.text("当直責任者", "Duty manager"),
        phones: ["内線 ____ (要記入 / fill in)", "院外から / from outside: ____ (要記入 / fill in)"])
    static let mixed = Contact(
        id: "it-oncall", name: FixtureRunbooks.text("情報システム当番", "IT on-call"),
        phones: ["内線 ____ (要記入 / fill in)", "090-1234-5678"])
    static let filled = Contact(
        id: "vendor", name: FixtureRunbooks.text("保守業者", "Vendor"), phones: ["03-1234-5678"])

    @Test func threeUnderscoresInARowMakeABlankTwoDoNot() {
        #expect(Contact.isUnfilled(phone: "内線 ____ (要記入 / fill in)"))
        #expect(Contact.isUnfilled(phone: "___"))
        #expect(!Contact.isUnfilled(phone: "内線 1234"))
        #expect(!Contact.isUnfilled(phone: "ext__12_3"))
        #expect(Self.blank.usablePhones.isEmpty && Self.blank.hasUnfilledPhone)
        #expect(Self.mixed.usablePhones == ["090-1234-5678"] && Self.mixed.hasUnfilledPhone)
        #expect(Self.filled.usablePhones == ["03-1234-5678"] && !Self.filled.hasUnfilledPhone)
    }

    @Test func theStepShowsOnlyUsableNumbersAndAdviceWhenThereAreNone() throws {
        let library = RunbookLibrary(
            runbooks: [
                Runbook(
                    id: "calls", version: 1, title: FixtureRunbooks.text("連絡", "Calls"),
                    steps: [
                        Step(
                            id: "call",
                            kind: .contact(contactIDs: ["duty-manager", "it-oncall", "nobody"]),
                            title: FixtureRunbooks.text("電話する", "Call")),
                        Step(
                            id: "end", kind: .end(.resolved),
                            title: FixtureRunbooks.text("おわり", "End")),
                    ])
            ],
            contacts: [Self.blank, Self.mixed])
        var run = FixtureRunbooks.newRun("calls", language: "ja")
        run.status = .running
        run.frames = [RunFrame(runbookID: "calls", stepID: "call")]
        let step = try #require(RunStateMachine(library: library).presentation(of: run))
        #expect(step.contacts.map(\.phones) == [[], ["090-1234-5678"], []])
        let advice = try #require(step.contacts[0].noNumberAdvice(language: "ja"))
        #expect(advice.hasPrefix("番号が登録されていません。院内の緊急連絡表"))
        #expect(advice.contains("「当直責任者」"))
        #expect(
            step.contacts[0].noNumberAdvice(language: "en")?.hasPrefix("No number is on file.")
                == true)
        #expect(step.contacts[1].noNumberAdvice(language: "ja") == nil)
        #expect(step.contacts[2].noNumberAdvice(language: "ja") != nil)
    }

    @Test func theITLeadIsWarnedOnceWithTheBlankIDs() throws {
        #expect(ContactsReadiness(contacts: [Self.filled], isTemplate: false).warning == nil)
        let template = try #require(
            ContactsReadiness(contacts: [Self.filled], isTemplate: true).warning)
        #expect(
            template.resolved(preferred: "ja", fallback: "en")
                == "情報システム担当へ: 連絡先が同梱のひな形のままです。docs/installing.md を参照。")
        let blanks = ContactsReadiness(
            contacts: [Self.blank, Self.filled, Self.mixed], isTemplate: false)
        #expect(blanks.unfilledIDs == ["duty-manager", "it-oncall"])
        #expect(
            blanks.warning?.resolved(preferred: "en", fallback: "en")
                == "For the IT lead: The contacts file has blank numbers (blank numbers: duty-manager, it-oncall). See docs/installing.md."
        )
        let many = (1...5).map {
            Contact(id: "c\($0)", name: FixtureRunbooks.text("c", "c"), phones: ["____"])
        }
        #expect(
            ContactsReadiness(contacts: many, isTemplate: true).warning?.resolved(
                preferred: "ja", fallback: "en")
                == "情報システム担当へ: 連絡先が同梱のひな形のままです（番号が空欄: c1, c2, c3 ほか 2 件）。docs/installing.md を参照。")
    }
}
