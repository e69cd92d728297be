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
                    ⟦unknownKey⟧bdy: 本文
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("unknownKey", .unknownKey("bdy", suggestion: "body"))])
    }

    @Test func kindSpecificKeyOnAnotherKindIsReportedAtTheKey() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: first
                    title: 最初
                    ⟦keyNotAllowedForKind⟧expect: 切断済み
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found(
                    "keyNotAllowedForKind",
                    .keyNotAllowedForKind(key: "expect", kind: "instruction", allowedOn: "check"))
            ])
    }

    @Test func unknownKindIsReportedAtTheValue() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: first
                    kind: ⟦unknownStepKind⟧chek
                    title: 最初
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found("unknownStepKind", .unknownStepKind("chek", suggestion: "check"))
            ])
    }

    @Test func missingStepKeysAreReportedAtTheStepMapping() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - ⟦missingKey⟧id: first
                    body: 本文
                  - ⟦missingKey2⟧title: 二番目
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found("missingKey", .missingKey("title")),
                marked.found("missingKey2", .missingKey("id")),
            ])
    }

    @Test func stepIDMustMatchThePattern() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: ⟦invalidIdentifier⟧最初
                    title: 最初
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [marked.found("invalidIdentifier", .invalidIdentifier(key: "id", value: "最初"))]
        )
    }

    @Test func duplicateStepIDIsReportedAtTheLaterOne() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: first
                    title: 最初
                  - id: ⟦duplicateStepID⟧first
                    title: 二番目
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("duplicateStepID", .duplicateStepID("first"))])
    }

    @Test func choiceNeedsTwoOptionsReportedAtTheOptionsNode() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                    options:
                      ⟦tooFewOptions⟧- {id: yes-infected, label: はい, next: end}
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("tooFewOptions", .tooFewOptions(count: 1))])
    }

    @Test func choiceWithoutOptionsIsAMissingKey() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - ⟦missingKey⟧id: ask
                    kind: choice
                    title: 感染していますか
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("missingKey", .missingKey("options"))])
    }

    @Test func optionIDsMustBeUnique() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                    options:
                      - {id: same, label: はい}
                      - {id: ⟦duplicateOptionID⟧same, label: いいえ}
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("duplicateOptionID", .duplicateOptionID("same"))])
    }

    @Test func inputTypeMustBeKnown() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: ⟦unknownInputType⟧ipv4
                    title: 端末名
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("unknownInputType", .unknownInputType("ipv4"))])
    }

    @Test func inputPatternMustCompileReportedAtThePattern() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: hostname
                    pattern: ⟦invalidPattern⟧"HIS-[0-9"
                    title: 端末名
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("invalidPattern", .invalidPattern("HIS-[0-9"))])
    }

    @Test func inputRequiredMustBeABoolean() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: text
                    required: ⟦wrongType⟧maybe
                    title: 端末名
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found(
                    "wrongType", .wrongType(key: "required", expected: .boolean, found: "'maybe'"))
            ])
    }

    @Test func waitNeedsExactlyOneDuration() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - ⟦waitDurationMissing⟧id: none
                    kind: wait
                    title: 待つ
                  - id: both
                    kind: wait
                    title: 待つ
                    minutes: 5
                    ⟦waitDurationGivenTwice⟧seconds: 30
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found("waitDurationMissing", .waitDurationMissing),
                marked.found("waitDurationGivenTwice", .waitDurationGivenTwice),
            ])
    }

    @Test func waitDurationMustBePositive() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: pause
                    kind: wait
                    title: 待つ
                    seconds: ⟦wrongType⟧0
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found(
                    "wrongType",
                    .wrongType(key: "seconds", expected: .positiveInteger, found: "'0'"))
            ])
    }

    @Test func aWaitLongerThanADayIsRefusedWhereverItWouldOverflow() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: huge
                    kind: wait
                    title: 待つ
                    minutes: ⟦waitTooLong⟧153722867280912931
                  - id: max
                    kind: wait
                    title: 待つ
                    seconds: ⟦waitTooLong2⟧9223372036854775807
                  - id: day
                    kind: wait
                    title: 待つ
                    minutes: 1440
                  - id: day-and-a-second
                    kind: wait
                    title: 待つ
                    seconds: ⟦waitTooLong3⟧86401
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found("waitTooLong", .waitTooLong(key: "minutes", maximum: 1440)),
                marked.found("waitTooLong2", .waitTooLong(key: "seconds", maximum: 86400)),
                marked.found("waitTooLong3", .waitTooLong(key: "seconds", maximum: 86400)),
            ])
    }

    @Test func commandPlatformMustBeKnownAndRunMustBeLocal() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: netstat
                    kind: command
                    title: 接続を確認
                    command: netstat -an
                    platform: ⟦unknownPlatform⟧windows10
                    run: ⟦unknownRunMode⟧remote
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found("unknownPlatform", .unknownPlatform("windows10")),
                marked.found("unknownRunMode", .unknownRunMode("remote")),
            ])
    }

    @Test func endOutcomeMustBeKnown() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: done
                    kind: end
                    title: 終了
                    outcome: ⟦unknownOutcome⟧finished
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("unknownOutcome", .unknownOutcome("finished"))])
    }

    @Test func contactStepMustListContacts() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: call
                    kind: contact
                    title: 電話する
                    contacts: ⟦noContactsListed⟧[]
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("noContactsListed", .noContactsListed)])
    }

    @Test func stepMustBeAMapping() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - ⟦wrongType⟧just words
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [
                marked.found(
                    "wrongType",
                    .wrongType(key: "steps[]", expected: .mapping, found: "'just words'"))
            ])
    }

    @Test func inputFieldMustBeUsableAsAPlaceholderName() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: host
                    kind: input
                    field: ⟦invalidFieldName⟧host name
                    title: 端末名
                """)
        let found = try problems(in: marked.text)
        #expect(found == [marked.found("invalidFieldName", .invalidFieldName("host name"))])
    }

    @Test func optionIDMustMatchThePattern() throws {
        let marked = MarkedText(
            runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                    options:
                      - {id: ⟦invalidIdentifier⟧はい, label: はい}
                      - {id: no, label: いいえ}
                """)
        let found = try problems(in: marked.text)
        #expect(
            found == [marked.found("invalidIdentifier", .invalidIdentifier(key: "id", value: "はい"))]
        )
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
