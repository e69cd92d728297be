import RunbookLoading
import Testing

@Suite("Flow rules")
struct FlowRuleTests {
    @Test func danglingNextIsReportedAtTheValueWithSuggestion() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: first
                    title: 最初
                    next: ⟦danglingNext⟧secnd
                  - ⟦unreachableStep⟧id: second
                    title: 二番目
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found("danglingNext", .danglingNext("secnd", suggestion: "second")),
                marked.found("unreachableStep", .unreachableStep("second"), .warning),
            ])
    }

    @Test func danglingOnFailAndOptionNextAreReportedAtTheirValues() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: check-cable
                    kind: check
                    title: ケーブルを確認
                    expect: 抜けている
                    on_fail: ⟦danglingOnFail⟧pull-cabel
                  - id: ask
                    kind: choice
                    title: 次は
                    options:
                      - {id: a, label: 電話, next: ⟦danglingOptionNext⟧cal}
                      - {id: b, label: 終わる, next: end}
                  - ⟦unreachableStep⟧id: pull-cable
                    title: ケーブルを抜く
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found(
                    "danglingOnFail", .danglingOnFail("pull-cabel", suggestion: "pull-cable")),
                marked.found("danglingOptionNext", .danglingOptionNext("cal", suggestion: nil)),
                marked.found("unreachableStep", .unreachableStep("pull-cable"), .warning),
            ])
    }

    @Test func unreachableStepIsAWarningAtTheStep() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: first
                    title: 最初
                    next: end
                  - ⟦unreachableStep⟧id: orphan
                    title: 孤立
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("unreachableStep", .unreachableStep("orphan"), .warning)])
    }

    @Test func loopWithoutExitIsReportedAtTheNextThatClosesIt() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: a
                    title: 一
                    next: b
                  - id: b
                    title: 二
                    next: ⟦cycleWithoutExit⟧a
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("cycleWithoutExit", .cycleWithoutExit(["a", "b"]))])
    }

    @Test func selfLoopWithoutExitIsReported() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: again
                    title: 繰り返し
                    next: ⟦cycleWithoutExit⟧again
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("cycleWithoutExit", .cycleWithoutExit(["again"]))])
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
        let marked = MarkedText(
            runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: hostname
                    title: 端末名を入力
                  - id: isolate
                    title: ⟦unknownPlaceholder⟧端末 {{hots}} を隔離
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found("unknownPlaceholder", .unknownPlaceholder("hots", suggestion: "host"))
            ])
    }

    @Test func placeholderBeforeItsInputStepIsReported() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: isolate
                    title: ⟦placeholderSetTooLate⟧端末 {{host}} を隔離
                  - id: host
                    kind: input
                    field: host
                    type: hostname
                    title: 端末名を入力
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found(
                    "placeholderSetTooLate", .placeholderSetTooLate("host", inputStep: "host"))
            ])
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
        let marked = MarkedText(
            runbookHeader + """
                  - id: call
                    kind: contact
                    title: 電話する
                    contacts: [⟦unknownContact⟧it-oncal]
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found("unknownContact", .unknownContact("it-oncal", suggestion: "it-oncall"))
            ])
    }

    @Test func anUnknownContactDoesNotKeepTheRunbookFromRunning() throws {
        let workspace = try TestWorkspace()
        try workspace.write("contacts.yaml", standardContacts)
        try workspace.write(
            "runbook.yaml",
            runbookHeader + """
                  - id: call
                    kind: contact
                    title: 電話する
                    contacts: [police]
                """)
        let result = workspace.load()
        #expect(result.hasErrors, "validate still reports it")
        #expect(
            result.library.runbooks.map(\.id) == ["sample"], "but the night shift can still run it")
    }

    @Test func aRealErrorKeepsTheRunbookOut() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "runbook.yaml",
            runbookHeader + """
                  - id: first
                    title: 最初
                    next: nowhere
                """)
        #expect(workspace.load().library.runbooks.isEmpty)
    }

    @Test func contactStepWithoutAnyContactsFileIsAWarning() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: call
                    kind: contact
                    title: 電話する
                    contacts: ⟦list⟧[it-oncall]
                """)
        let found = try problems(in: marked.text, contacts: nil)
        #expect(found == [marked.found("list", .noContactsFileLoaded, .warning)])
    }
}
