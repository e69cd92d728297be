import RunbookLoading
import Testing

@Suite("Flow rules")
struct FlowRuleTests {
    @Test func danglingNextIsReportedAtTheValueWithSuggestion() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: first
                    title: 最初
                    next: secnd
                  - id: second
                    title: 二番目
                """)
        #expect(
            found == [
                Found(8, 11, .danglingNext("secnd", suggestion: "second")),
                Found(9, 5, .unreachableStep("second"), .warning),
            ])
    }

    @Test func danglingOnFailAndOptionNextAreReportedAtTheirValues() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: check-cable
                    kind: check
                    title: ケーブルを確認
                    expect: 抜けている
                    on_fail: pull-cabel
                  - id: ask
                    kind: choice
                    title: 次は
                    options:
                      - {id: a, label: 電話, next: cal}
                      - {id: b, label: 終わる, next: end}
                  - id: pull-cable
                    title: ケーブルを抜く
                """)
        #expect(
            found == [
                Found(10, 14, .danglingOnFail("pull-cabel", suggestion: "pull-cable")),
                Found(15, 34, .danglingOptionNext("cal", suggestion: nil)),
                Found(17, 5, .unreachableStep("pull-cable"), .warning),
            ])
    }

    @Test func unreachableStepIsAWarningAtTheStep() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: first
                    title: 最初
                    next: end
                  - id: orphan
                    title: 孤立
                """)
        #expect(found == [Found(9, 5, .unreachableStep("orphan"), .warning)])
    }

    @Test func loopWithoutExitIsReportedAtTheNextThatClosesIt() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: a
                    title: 一
                    next: b
                  - id: b
                    title: 二
                    next: a
                """)
        #expect(found == [Found(11, 11, .cycleWithoutExit(["a", "b"]))])
    }

    @Test func selfLoopWithoutExitIsReported() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: again
                    title: 繰り返し
                    next: again
                """)
        #expect(found == [Found(8, 11, .cycleWithoutExit(["again"]))])
    }

    @Test func loopWithAWayOutIsAllowed() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: try-again
                    kind: check
                    title: 再試行
                    expect: つながった
                    on_fail: try-again
                  - id: done
                    title: 完了
                """)
        #expect(found == [])
    }

    @Test func unknownPlaceholderIsReportedAtTheValue() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: hostname
                    title: 端末名を入力
                  - id: isolate
                    title: 端末 {{hots}} を隔離
                """)
        #expect(found == [Found(12, 12, .unknownPlaceholder("hots", suggestion: "host"))])
    }

    @Test func placeholderBeforeItsInputStepIsReported() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: isolate
                    title: 端末 {{host}} を隔離
                  - id: host
                    kind: input
                    field: host
                    type: hostname
                    title: 端末名を入力
                """)
        #expect(found == [Found(7, 12, .placeholderSetTooLate("host", inputStep: "host"))])
    }

    @Test func placeholderOnOnlyOnePathIsAllowed() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 端末名はわかりますか
                    options:
                      - {id: yes-known, label: はい, next: host}
                      - {id: no-unknown, label: いいえ, next: isolate}
                  - id: host
                    kind: input
                    field: host
                    type: hostname
                    title: 端末名を入力
                  - id: isolate
                    title: "端末 {{host}} を隔離"
                """)
        #expect(found == [])
    }

    @Test func unknownContactIsReportedAtTheIDWithSuggestion() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: call
                    kind: contact
                    title: 電話する
                    contacts: [it-oncal]
                """)
        #expect(found == [Found(9, 16, .unknownContact("it-oncal", suggestion: "it-oncall"))])
    }

    @Test func anUnknownContactDoesNotKeepTheRunbookFromRunning() throws {
        let workspace = try TestWorkspace()
        try workspace.write("contacts.yaml", standardContacts)
        try workspace.write("runbook.yaml", runbookHeader + """
              - id: call
                kind: contact
                title: 電話する
                contacts: [police]
            """)
        let result = workspace.load()
        #expect(result.hasErrors, "validate still reports it")
        #expect(result.library.runbooks.map(\.id) == ["sample"], "but the night shift can still run it")
    }

    @Test func aRealErrorKeepsTheRunbookOut() throws {
        let workspace = try TestWorkspace()
        try workspace.write("runbook.yaml", runbookHeader + """
              - id: first
                title: 最初
                next: nowhere
            """)
        #expect(workspace.load().library.runbooks.isEmpty)
    }

    @Test func contactStepWithoutAnyContactsFileIsAWarning() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: call
                    kind: contact
                    title: 電話する
                    contacts: [it-oncall]
                """,
            contacts: nil)
        #expect(found == [Found(9, 15, .noContactsFileLoaded, .warning)])
    }
}
