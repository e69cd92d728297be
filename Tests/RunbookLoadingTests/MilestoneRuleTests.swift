import RunbookLoading
import RunbookModel
import Testing

/// Revision 2: milestones, `must_reach` proved over every path, `on_unable`.
@Suite("Milestone rules")
struct MilestoneRuleTests {
    /// A runbook's top with the three usual milestones declared; steps follow.
    static let header = """
        format: 1
        id: sample
        version: 1
        title: 見本
        milestones:
          - {id: noticed, label: 気づいた}
          - {id: isolated, label: 切り離した}
          - {id: it-called, label: 情報システム担当に連絡がついた}

        """

    private func check(_ marked: MarkedText) throws -> [Found] {
        try problems(in: marked.text)
    }

    // MARK: - Declarations and keys

    @Test func undeclaredStepAndOptionMilestonesAreReportedAtTheirValues() throws {
        let marked = MarkedText(
            Self.header + """
                steps:
                  - id: pull-cable
                    title: ケーブルを抜く
                    milestone: ⟦step⟧isolatd
                  - id: ask
                    kind: choice
                    title: 電話できた？
                    options:
                      - {id: yes, label: はい, milestone: ⟦option⟧it-caled}
                      - {id: no, label: いいえ}
                """)
        #expect(
            try check(marked) == [
                marked.found("step", .undeclaredMilestone("isolatd", suggestion: "isolated")),
                marked.found("option", .undeclaredMilestone("it-caled", suggestion: "it-called")),
            ])
    }

    @Test func aMilestoneDeclaredByAnIncludedRunbookMayBeUsedAndRequired() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "isolate.yaml",
            """
            format: 1
            id: isolate
            version: 1
            title: 切り離し
            milestones: [{id: isolated, label: 切り離した}]
            steps:
              - {id: pull-cable, title: ケーブルを抜く, milestone: isolated}
            """)
        let main = try workspace.write(
            "main.yaml",
            """
            format: 1
            id: main
            version: 1
            title: 初動
            must_reach: [{milestone: isolated, within_steps: 2}]
            steps:
              - {id: look, title: 見る}
              - {id: cut, kind: include, title: 切り離す, runbook: isolate}
            """)
        let result = workspace.load()
        #expect(result.diagnostics.filter { $0.file == main }.isEmpty)
        #expect(
            result.library.runbook("main")?.mustReach == [
                MilestoneGuarantee(milestone: "isolated", withinSteps: 2)
            ])
    }

    @Test func endAndIncludeStepsCannotCarryAMilestone() throws {
        let marked = MarkedText(
            Self.header + """
                steps:
                  - id: first
                    title: 最初
                  - id: finish
                    kind: end
                    title: 終わり
                    outcome: resolved
                    ⟦key⟧milestone: isolated
                """)
        #expect(try check(marked) == [marked.found("key", .milestoneNotAllowed(kind: "end"))])
    }

    @Test func onUnableIsOnlyForInstructionAndCommandStepsAndMustNameAStep() throws {
        let marked = MarkedText(
            Self.header + """
                steps:
                  - id: pull-cable
                    title: ケーブルを抜く
                    on_unable: ⟦dangling⟧wifi-of
                  - id: wifi-off
                    title: 無線を止める
                  - id: confirm
                    kind: check
                    title: 切れた？
                    ⟦key⟧on_unable: wifi-off
                """)
        #expect(
            try check(marked) == [
                marked.found("dangling", .danglingOnUnable("wifi-of", suggestion: "wifi-off")),
                marked.found(
                    "key",
                    .keyNotAllowedForKind(key: "on_unable", kind: "check", allowedOn: "instruction")
                ),
            ])
    }

    @Test func withinStepsMustBeAPositiveWholeNumber() throws {
        let marked = MarkedText(
            Self.header + """
                must_reach:
                  - {milestone: isolated, within_steps: ⟦zero⟧0}
                  - {milestone: isolated, within_steps: ⟦words⟧four}
                steps:
                  - {id: pull-cable, title: ケーブルを抜く, milestone: isolated}
                """)
        #expect(
            try check(marked) == [
                marked.found(
                    "zero",
                    .wrongType(key: "within_steps", expected: .positiveInteger, found: "'0'")),
                marked.found(
                    "words",
                    .wrongType(key: "within_steps", expected: .positiveInteger, found: "'four'")),
            ])
    }

    @Test func aRepeatedMilestoneIDIsReportedAtTheLaterOne() throws {
        let marked = MarkedText(
            """
            format: 1
            id: sample
            version: 1
            title: 見本
            milestones:
              - {id: isolated, label: 切り離した}
              - {id: ⟦again⟧isolated, label: もう一度}
            steps:
              - {id: pull-cable, title: ケーブルを抜く, milestone: isolated}
            """)
        #expect(try check(marked) == [marked.found("again", .duplicateMilestoneID("isolated"))])
    }

    @Test func mustReachAnUndeclaredMilestoneIsReportedAtItsValue() throws {
        let marked = MarkedText(
            Self.header + """
                must_reach:
                  - {milestone: ⟦value⟧isolate}
                steps:
                  - {id: pull-cable, title: ケーブルを抜く, milestone: isolated}
                """)
        #expect(
            try check(marked) == [
                marked.found("value", .undeclaredMilestone("isolate", suggestion: "isolated"))
            ])
    }

    @Test func mustReachAMilestoneNoReachableStepCarriesIsReportedAtTheEntry() throws {
        let marked = MarkedText(
            Self.header + """
                must_reach:
                  - ⟦entry⟧{milestone: it-called}
                steps:
                  - id: first
                    title: 最初
                    next: end
                  - ⟦orphan⟧id: call
                    title: 電話
                    milestone: it-called
                """)
        #expect(
            try check(marked) == [
                marked.found("entry", .milestoneOnNoReachableStep("it-called")),
                marked.found("orphan", .unreachableStep("call"), .warning),
            ])
    }

    // MARK: - Paths

    @Test func aMilestoneMissingOnOneBranchNamesTheShortestOffendingPath() throws {
        let marked = MarkedText(
            Self.header + """
                must_reach:
                  - ⟦entry⟧{milestone: it-called}
                steps:
                  - id: hands-off
                    title: さわらない
                  - id: pull-cable
                    title: ケーブルを抜く
                  - id: photo
                    kind: choice
                    title: 写真は撮れた？
                    options:
                      - {id: yes, label: はい, next: call-it}
                      - {id: no, label: いいえ, next: give-up}
                  - id: call-it
                    kind: contact
                    title: 情報システム担当に電話
                    contacts: [it-oncall]
                    milestone: it-called
                    next: end
                  - id: give-up
                    kind: end
                    title: 上へ引き継ぐ
                    outcome: escalated
                """)
        #expect(
            try check(marked) == [
                marked.found(
                    "entry",
                    .milestoneNotOnEveryPath(
                        "it-called",
                        path: ["hands-off", "pull-cable", "photo", "give-up", "end (escalated)"]))
            ])
    }

    @Test func anAbortedEndIsNotAPathThatMustReachTheMilestone() throws {
        let marked = MarkedText(
            Self.header + """
                must_reach:
                  - {milestone: it-called}
                steps:
                  - id: ask
                    kind: choice
                    title: 続ける？
                    options:
                      - {id: go, label: 続ける}
                      - {id: stop, label: やめる, next: stop}
                  - {id: call, title: 電話する, milestone: it-called, next: end}
                  - {id: stop, kind: end, title: 中止, outcome: aborted}
                """)
        #expect(try check(marked).isEmpty)
    }

    @Test func withinStepsIsCheckedOffByOneOnBothSides() throws {
        func runbook(within: Int) -> MarkedText {
            MarkedText(
                Self.header + """
                    must_reach:
                      - ⟦entry⟧{milestone: isolated, within_steps: \(within)}
                    steps:
                      - {id: hands-off, title: さわらない}
                      - {id: place, kind: input, title: 場所, field: place}
                      - {id: pull-cable, title: ケーブルを抜く, milestone: isolated}
                      - {id: photo, title: 写真}
                    """)
        }
        #expect(try check(runbook(within: 3)).isEmpty)
        let tooTight = runbook(within: 2)
        #expect(
            try check(tooTight) == [
                tooTight.found(
                    "entry",
                    .milestoneNotWithinSteps(
                        "isolated", withinSteps: 2,
                        path: ["hands-off", "place", "pull-cable", "photo", "end (resolved)"]))
            ])
    }

    @Test func cannotDoAndFailedBranchesDoNotReachTheStepsMilestone() throws {
        let marked = MarkedText(
            Self.header + """
                must_reach:
                  - ⟦entry⟧{milestone: isolated, within_steps: 3}
                steps:
                  - id: pull-cable
                    title: ケーブルを抜く
                    milestone: isolated
                    on_unable: wifi-off
                  - id: wifi-off
                    title: 無線を止める
                    on_unable: confirm
                  - id: confirm
                    kind: check
                    title: 切れた？
                    expect: 画面の右下に ✕ がある
                """)
        // pull-cable can't be done, wifi-off neither: three steps shown, none reached it.
        #expect(
            try check(marked) == [
                marked.found(
                    "entry",
                    .milestoneNotWithinSteps(
                        "isolated", withinSteps: 3,
                        path: ["pull-cable", "wifi-off", "confirm", "end (resolved)"]))
            ])
        let fixed = MarkedText(
            marked.text.replacingOccurrences(
                of: "    title: 無線を止める\n", with: "    title: 無線を止める\n    milestone: isolated\n"))
        // wifi-off carries it too, but its own "cannot do" still leaves a path without it.
        #expect(try check(fixed).count == 1)
        let confirmed = MarkedText(
            fixed.text.replacingOccurrences(
                of: "    expect: 画面の右下に ✕ がある\n",
                with: "    expect: 画面の右下に ✕ がある\n    milestone: isolated\n    on_fail: end\n"))
        // Confirming the check reaches it; failing goes to the end: that branch is still a violation.
        let stillFound = try check(confirmed)
        #expect(stillFound.count == 1)
        #expect(
            stillFound.first?.message
                == .milestoneNotWithinSteps(
                    "isolated", withinSteps: 3,
                    path: ["pull-cable", "wifi-off", "confirm", "end (resolved)"]))
    }

    @Test func aLoopThatReachesTheMilestoneOnlyAfterLeavingItCanTakeTooLong() throws {
        func runbook(_ bound: String) -> MarkedText {
            MarkedText(
                Self.header + """
                    must_reach:
                      - ⟦entry⟧{milestone: it-called\(bound)}
                    steps:
                      - id: dial
                        kind: choice
                        title: つながった？
                        options:
                          - {id: again, label: もう一度かける, next: dial}
                          - {id: through, label: つながった}
                      - {id: talk, title: 状況を伝える, milestone: it-called}
                    """)
        }
        // Without a bound every way out of the loop passes the milestone.
        #expect(try check(runbook("")).isEmpty)
        // With one, going round the loop once already puts it past step 2.
        let bounded = runbook(", within_steps: 2")
        #expect(
            try check(bounded) == [
                bounded.found(
                    "entry",
                    .milestoneNotWithinSteps(
                        "it-called", withinSteps: 2,
                        path: ["dial", "dial", "talk", "end (resolved)"]))
            ])
    }

    @Test func aViolationOnOneBranchOfAChoiceInsideAnIncludedRunbookIsFound() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "isolate.yaml",
            """
            format: 1
            id: isolate
            version: 1
            title: 切り離し
            milestones: [{id: isolated, label: 切り離した}]
            steps:
              - id: how
                kind: choice
                title: どの方法で？
                options:
                  - {id: cable, label: ケーブル, next: pull-cable}
                  - {id: wifi, label: 無線, next: wifi-off}
              - {id: pull-cable, title: ケーブルを抜く, milestone: isolated, next: end}
              - {id: wifi-off, title: 無線を止める, next: end}
            """)
        let marked = MarkedText(
            """
            format: 1
            id: main
            version: 1
            title: 初動
            must_reach:
              - ⟦entry⟧{milestone: isolated}
            steps:
              - {id: look, title: 見る}
              - {id: cut, kind: include, title: 切り離す, runbook: isolate}
              - {id: tell, title: 伝える}
            """)
        let main = try workspace.write("main.yaml", marked.text)
        let found = workspace.load().diagnostics.filter { $0.file == main }.map(Found.init)
        #expect(
            found == [
                marked.found(
                    "entry",
                    .milestoneNotOnEveryPath(
                        "isolated",
                        path: ["look", "isolate/how", "isolate/wifi-off", "tell", "end (resolved)"])
                )
            ])
    }

    @Test func anEscalatedEndInsideAnIncludedRunbookEndsTheRun() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "shutdown.yaml",
            """
            format: 1
            id: shutdown
            version: 1
            title: 電源
            steps:
              - {id: refused, kind: end, title: 断られた, outcome: escalated}
            """)
        let marked = MarkedText(
            """
            format: 1
            id: main
            version: 1
            title: 初動
            milestones: [{id: it-called, label: 連絡がついた}]
            must_reach:
              - ⟦entry⟧{milestone: it-called}
            steps:
              - {id: stop, kind: include, title: 電源, runbook: shutdown}
              - {id: call, title: 電話する, milestone: it-called}
            """)
        let main = try workspace.write("main.yaml", marked.text)
        let found = workspace.load().diagnostics.filter { $0.file == main }.map(Found.init)
        #expect(
            found == [
                marked.found(
                    "entry",
                    .milestoneNotOnEveryPath(
                        "it-called", path: ["shutdown/refused", "end (escalated)"]))
            ])
    }
}
