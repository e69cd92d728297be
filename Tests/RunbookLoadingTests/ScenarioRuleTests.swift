import RunbookModel
import Testing

@testable import RunbookLoading

/// Drill scenario files (docs/drill-scenario.md "File"): every key read, every name
/// checked against the runbooks and contacts, each problem at its position.
@Suite("Drill scenario rules")
struct ScenarioRuleTests {
    /// A runbook of its own, so that these tests never depend on bundled content.
    static let runbook = """
        format: 1
        id: ward
        version: 1
        title: 病棟
        milestones:
          - {id: noticed, label: 気づいた}
          - {id: isolated, label: 切り離した}
          - {id: it-called, label: 連絡がついた}
        steps:
          - {id: look, title: 見る, milestone: noticed}
          - id: ask
            kind: choice
            title: 有線？
            options:
              - {id: wired, label: 有線}
              - {id: wifi, label: 無線}
          - {id: pull, title: 抜く, milestone: isolated}
          - {id: call, kind: contact, title: 電話, contacts: [it-oncall], milestone: it-called}
          - {id: done, kind: end, outcome: resolved, title: 終わり}
        """

    /// The top of a scenario over `ward`; the rest follows.
    static let header = """
        format: 1
        scenario: night-note
        version: 2
        title: 夜の脅迫文
        type: functional
        runbook: ward
        story: 午前3時、病棟の端末に脅迫文が出た。

        """

    /// Loads the fixture runbook, the standard contacts and `scenario`; the scenario file's diagnostics.
    private func problems(_ marked: MarkedText) throws -> [Found] {
        try load(marked.text).diagnostics.map(Found.init)
    }

    private func load(_ scenario: String) throws -> (
        diagnostics: [Diagnostic], library: RunbookLibrary
    ) {
        let workspace = try TestWorkspace()
        try workspace.write("ward.yaml", Self.runbook)
        try workspace.write("contacts.yaml", standardContacts)
        let path = try workspace.write("drill.yaml", scenario)
        let result = workspace.load()
        #expect(result.diagnostics.allSatisfy { $0.file == path }, "\(result.diagnostics)")
        return (result.diagnostics.filter { $0.file == path }, result.library)
    }

    @Test func everyKeyIsRead() throws {
        let (diagnostics, library) = try load(
            Self.header + """
                summary: {ja: 要約}
                exercises: ["確認表 1-2", "確認表 2-1"]
                roles:
                  - {id: nurse, label: 夜勤看護師}
                contacts:
                  - {contact: it-oncall, script: 今から行きます, reachable_after: 10m}
                injects:
                  - {id: timed, text: 電話が鳴る, to: nurse, at: 90s}
                  - {id: stepped, text: 画面が変わる, after_step: {step: look}, delay: 1m}
                  - {id: chosen, text: 無線だった, on_choice: {runbook: ward, step: ask, option: wifi}}
                  - {id: nobody, text: 当直師長が来た, unless: {milestone: it-called, by: 15m}}
                  - {id: held, text: 停電, manual: true}
                expectations:
                  - {milestone: isolated, target: 10m}
                  - {milestone: it-called, target: 1h30m, required: false}
                rating: psmu
                modules:
                  - {id: first, title: 最初の10分, minutes: 10, questions: [誰が決める？]}
                hot_wash: [何がうまくいった？]
                """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let scenario = try #require(library.scenario("night-note"))
        #expect(
            scenario.version == 2 && scenario.type == .functional && scenario.runbookID == "ward")
        #expect(scenario.exercises == ["確認表 1-2", "確認表 2-1"] && scenario.rating == .psmu)
        #expect(
            scenario.contacts == [
                SimulatedContact(
                    contact: "it-oncall", script: LocalizedText("今から行きます", language: "ja"),
                    reachableAfterSeconds: 600)
            ])
        #expect(
            scenario.injects.map(\.trigger) == [
                .at(seconds: 90), .afterStep(runbook: "ward", step: "look", delaySeconds: 60),
                .onChoice(runbook: "ward", step: "ask", option: "wifi", delaySeconds: 0),
                .unless(milestone: "it-called", bySeconds: 900), .manual,
            ])
        #expect(scenario.injects.first?.to == "nurse")
        #expect(
            scenario.expectations == [
                DrillExpectation(milestone: "isolated", targetSeconds: 600),
                DrillExpectation(milestone: "it-called", targetSeconds: 5400, required: false),
            ])
        #expect(scenario.modules.map(\.minutes) == [10] && scenario.hotWash.count == 1)
        #expect(scenario.sourceSHA256.count == 64)
    }

    @Test func durationsParseAndMalformedOnesAreReportedAtTheirValues() throws {
        #expect(
            ["90s", "5m", "1h30m", "1h", "2m30s", "0s", "1h30m15s"].map(ValueReader.durationSeconds)
                == [90, 300, 5400, 3600, 150, 0, 5415])
        #expect(
            ["", "m", "5", "5x", "1m1h", "1h1h", "-5m", "5 m"].map(ValueReader.durationSeconds)
                .allSatisfy { $0 == nil })
        let marked = MarkedText(
            Self.header + """
                injects:
                  - {id: a, text: あ, at: ⟦minutes⟧5min}
                  - {id: b, text: い, at: ⟦order⟧30m1h}
                  - {id: c, text: う, at: ⟦plain⟧90}
                expectations:
                  - {milestone: isolated, target: ⟦empty⟧""}
                """)
        #expect(
            try problems(marked) == [
                marked.found("minutes", .invalidDuration("5min")),
                marked.found("order", .invalidDuration("30m1h")),
                marked.found("plain", .invalidDuration("90")),
                marked.found("empty", .invalidDuration("")),
            ])
    }

    @Test func anInjectNeedsExactlyOneTrigger() throws {
        let marked = MarkedText(
            Self.header + """
                injects:
                  - ⟦none⟧{id: a, text: あ}
                  - {id: b, text: い, at: 5m, ⟦second⟧manual: true}
                  - {id: c, text: う, manual: false}
                  - {id: d, text: え, at: 5m, ⟦delay⟧delay: 1m}
                """)
        let found = try problems(marked)
        #expect(
            found == [
                marked.found("none", .injectWithoutTrigger),
                marked.found("second", .injectWithTwoTriggers(["at", "manual"])),
                Found(11, 5, .injectWithoutTrigger),
                marked.found("delay", .delayWithoutStepTrigger),
            ])
    }

    @Test func missingRunbookStepOptionMilestoneContactAndRoleAreReportedAtTheirNames() throws {
        let marked = MarkedText(
            """
            format: 1
            scenario: night-note
            version: 1
            title: 夜
            type: functional
            runbook: ⟦runbook⟧wrd
            story: 話
            contacts:
              - {contact: ⟦contact⟧it-oncal}
            injects:
              - {id: a, text: あ, to: ⟦role⟧nurse, after_step: {runbook: ward, step: ⟦step⟧lok}}
              - {id: b, text: い, on_choice: {runbook: ward, step: ask, option: ⟦option⟧wify}}
              - {id: c, text: う, on_choice: {runbook: ward, step: ⟦notchoice⟧look, option: x}}
              - {id: d, text: え, after_step: {runbook: ⟦otherbook⟧nowhere, step: x}}
            """)
        #expect(
            try problems(marked) == [
                marked.found("runbook", .unknownIncludedRunbook("wrd", suggestion: "ward")),
                marked.found("contact", .unknownContact("it-oncal", suggestion: "it-oncall")),
                marked.found("role", .unknownRole("nurse", suggestion: nil)),
                marked.found(
                    "step", .unknownScenarioStep("lok", runbook: "ward", suggestion: "look")),
                marked.found(
                    "option", .unknownScenarioOption("wify", step: "ask", suggestion: "wifi")),
                marked.found(
                    "notchoice", .notAChoiceStep("look", runbook: "ward", kind: "instruction")),
                marked.found("otherbook", .unknownIncludedRunbook("nowhere", suggestion: nil)),
            ])
    }

    @Test func expectationAndContingencyMilestonesMustBeDeclaredByTheRunbook() throws {
        let marked = MarkedText(
            Self.header + """
                injects:
                  - {id: a, text: あ, unless: {milestone: ⟦unless⟧it-caled, by: 15m}}
                expectations:
                  - {milestone: ⟦target⟧logs-preserved, target: 20m}
                """)
        #expect(
            try problems(marked) == [
                marked.found(
                    "unless",
                    .scenarioMilestoneUndeclared(
                        "it-caled", runbook: "ward", suggestion: "it-called")),
                marked.found(
                    "target",
                    .scenarioMilestoneUndeclared("logs-preserved", runbook: "ward", suggestion: nil)
                ),
            ])
    }

    @Test func duplicateIdsAreReportedAtTheLaterOne() throws {
        let marked = MarkedText(
            Self.header + """
                roles:
                  - {id: nurse, label: 看護師}
                  - {id: ⟦role⟧nurse, label: 看護師}
                injects:
                  - {id: a, text: あ, manual: true}
                  - {id: ⟦inject⟧a, text: い, manual: true}
                """)
        #expect(
            try problems(marked) == [
                marked.found("role", .duplicateScenarioItemID(item: "role", id: "nurse")),
                marked.found("inject", .duplicateScenarioItemID(item: "inject", id: "a")),
            ])
    }

    @Test func aScenarioIdIsUniqueAmongLoadedScenariosAndABrokenScenarioIsLeftOut() throws {
        let workspace = try TestWorkspace()
        try workspace.write("ward.yaml", Self.runbook)
        try workspace.write("contacts.yaml", standardContacts)
        let first = try workspace.write("a.yaml", Self.header)
        let second = try workspace.write("b.yaml", Self.header)
        try workspace.write(
            "c.yaml",
            Self.header.replacingOccurrences(of: "night-note", with: "other") + "type2: x\n")
        let result = workspace.load()
        #expect(
            result.diagnostics.map(\.description) == [
                "\(second):2:11: error: scenario id 'night-note' is already used by \(first)",
                "\(workspace.directory)/c.yaml:8:1: error: unknown key 'type2'; did you mean 'type'? (keys of your own must start with 'x-')",
            ])
        #expect(result.library.scenarios.map(\.id) == ["night-note"])
    }

    @Test func requiredKeysAndKnownSpellings() throws {
        let marked = MarkedText(
            """
            ⟦top⟧format: 1
            scenario: s
            version: 1
            type: ⟦type⟧drill
            rating: ⟦rating⟧score
            runbook: ward
            """)
        #expect(
            try problems(marked) == [
                marked.found("top", .missingKey("title")),
                marked.found("top", .missingKey("story")),
                marked.found("type", .unknownDrillType("drill")),
                marked.found("rating", .unknownRating("score")),
            ])
    }
}
