import RunbookLoading
import RunbookModel
import Testing

@Suite("Steps")
struct StepRuleTests {
    @Test func unknownStepKeyIsReportedAtTheKey() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: first
                    title: 最初
                    ⟦a⟧bdy: 本文
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .unknownKey("bdy", suggestion: "body"))])
    }

    @Test func kindSpecificKeyOnAnotherKindIsReportedAtTheKey() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: first
                    title: 最初
                    ⟦a⟧expect: 切断済み
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .keyNotAllowedForKind(key: "expect", kind: "instruction", allowedOn: "check"))])
    }

    @Test func unknownKindIsReportedAtTheValue() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: first
                    kind: ⟦a⟧chek
                    title: 最初
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .unknownStepKind("chek", suggestion: "check"))])
    }

    @Test func missingStepKeysAreReportedAtTheStepMapping() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - ⟦a⟧id: first
                    body: 本文
                  - ⟦b⟧title: 二番目
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .missingKey("title")), marked.found("b", .missingKey("id"))])
    }

    @Test func stepIDMustMatchThePattern() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: ⟦a⟧最初
                    title: 最初
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .invalidIdentifier(key: "id", value: "最初"))])
    }

    @Test func duplicateStepIDIsReportedAtTheLaterOne() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: first
                    title: 最初
                  - id: ⟦a⟧first
                    title: 二番目
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .duplicateStepID("first"))])
    }

    @Test func choiceNeedsTwoOptionsReportedAtTheOptionsNode() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                    options:
                      ⟦a⟧- {id: yes-infected, label: はい, next: end}
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .tooFewOptions(count: 1))])
    }

    @Test func choiceWithoutOptionsIsAMissingKey() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - ⟦a⟧id: ask
                    kind: choice
                    title: 感染していますか
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .missingKey("options"))])
    }

    @Test func optionIDsMustBeUnique() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                    options:
                      - {id: same, label: はい}
                      - {id: ⟦a⟧same, label: いいえ}
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .duplicateOptionID("same"))])
    }

    @Test func inputTypeMustBeKnown() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: ⟦a⟧ipv4
                    title: 端末名
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .unknownInputType("ipv4"))])
    }

    @Test func inputPatternMustCompileReportedAtThePattern() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: hostname
                    pattern: ⟦a⟧"HIS-[0-9"
                    title: 端末名
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .invalidPattern("HIS-[0-9"))])
    }

    @Test func inputRequiredMustBeABoolean() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: text
                    required: ⟦a⟧maybe
                    title: 端末名
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .wrongType(key: "required", expected: .boolean, found: "'maybe'"))])
    }

    @Test func waitNeedsExactlyOneDuration() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - ⟦a⟧id: none
                    kind: wait
                    title: 待つ
                  - id: both
                    kind: wait
                    title: 待つ
                    minutes: 5
                    ⟦b⟧seconds: 30
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .waitDurationMissing), marked.found("b", .waitDurationGivenTwice)])
    }

    @Test func waitDurationMustBePositive() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: pause
                    kind: wait
                    title: 待つ
                    seconds: ⟦a⟧0
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .wrongType(key: "seconds", expected: .positiveInteger, found: "'0'"))])
    }

    @Test func aWaitLongerThanADayIsRefusedWhereverItWouldOverflow() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: huge
                    kind: wait
                    title: 待つ
                    minutes: ⟦a⟧153722867280912931
                  - id: max
                    kind: wait
                    title: 待つ
                    seconds: ⟦b⟧9223372036854775807
                  - id: day
                    kind: wait
                    title: 待つ
                    minutes: 1440
                  - id: day-and-a-second
                    kind: wait
                    title: 待つ
                    seconds: ⟦c⟧86401
                """)
        let found = try problems(in: marked.text)
        #expect(found == [
            marked.found("a", .waitTooLong(key: "minutes", maximum: 1440)),
            marked.found("b", .waitTooLong(key: "seconds", maximum: 86400)),
            marked.found("c", .waitTooLong(key: "seconds", maximum: 86400)),
        ])
    }

    @Test func commandPlatformMustBeKnownAndRunMustBeLocal() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: netstat
                    kind: command
                    title: 接続を確認
                    command: netstat -an
                    platform: ⟦a⟧windows10
                    run: ⟦b⟧remote
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .unknownPlatform("windows10")), marked.found("b", .unknownRunMode("remote"))])
    }

    @Test func endOutcomeMustBeKnown() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: done
                    kind: end
                    title: 終了
                    outcome: ⟦a⟧finished
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .unknownOutcome("finished"))])
    }

    @Test func contactStepMustListContacts() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: call
                    kind: contact
                    title: 電話する
                    contacts: ⟦a⟧[]
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .noContactsListed)])
    }

    @Test func stepMustBeAMapping() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - ⟦a⟧just words
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .wrongType(key: "steps[]", expected: .mapping, found: "'just words'"))])
    }

    @Test func inputFieldMustBeUsableAsAPlaceholderName() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: host
                    kind: input
                    field: ⟦a⟧host name
                    title: 端末名
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .invalidFieldName("host name"))])
    }

    @Test func optionIDMustMatchThePattern() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                    options:
                      - {id: ⟦a⟧はい, label: はい}
                      - {id: no, label: いいえ}
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("a", .invalidIdentifier(key: "id", value: "はい"))])
    }

    @Test func optionalKindKeysTakeTheirDefaults() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "runbook.yaml",
            runbookHeader + """
                  - id: confirm
                    kind: check
                    title: 確認
                  - id: note
                    kind: input
                    field: note
                    title: メモ
                  - id: show
                    kind: command
                    command: hostname
                    title: 端末名を表示
                """)
        let result = workspace.load()
        #expect(result.diagnostics == [])
        let steps = try #require(result.library.runbook("sample")).steps
        #expect(
            steps.map(\.kind) == [
                .check(CheckSpec()),
                .input(InputSpec(field: "note", type: .text, pattern: nil, required: true)),
                .command(CommandSpec(command: "hostname", platform: .any, runLocally: false)),
            ])
    }
}
