import RunbookLoading
import RunbookModel
import Testing

@Suite("Steps")
struct StepRuleTests {
    @Test func unknownStepKeyIsReportedAtTheKey() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: first
                    title: 最初
                    bdy: 本文
                """)
        #expect(found == [Found(8, 5, .unknownKey("bdy", suggestion: "body"))])
    }

    @Test func kindSpecificKeyOnAnotherKindIsReportedAtTheKey() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: first
                    title: 最初
                    expect: 切断済み
                """)
        #expect(found == [Found(8, 5, .keyNotAllowedForKind(key: "expect", kind: "instruction", allowedOn: "check"))])
    }

    @Test func unknownKindIsReportedAtTheValue() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: first
                    kind: chek
                    title: 最初
                """)
        #expect(found == [Found(7, 11, .unknownStepKind("chek", suggestion: "check"))])
    }

    @Test func missingStepKeysAreReportedAtTheStepMapping() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: first
                    body: 本文
                  - title: 二番目
                """)
        #expect(found == [Found(6, 5, .missingKey("title")), Found(8, 5, .missingKey("id"))])
    }

    @Test func stepIDMustMatchThePattern() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: 最初
                    title: 最初
                """)
        #expect(found == [Found(6, 9, .invalidIdentifier(key: "id", value: "最初"))])
    }

    @Test func duplicateStepIDIsReportedAtTheLaterOne() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: first
                    title: 最初
                  - id: first
                    title: 二番目
                """)
        #expect(found == [Found(8, 9, .duplicateStepID("first"))])
    }

    @Test func choiceNeedsTwoOptionsReportedAtTheOptionsNode() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                    options:
                      - {id: yes-infected, label: はい, next: end}
                """)
        #expect(found == [Found(10, 7, .tooFewOptions(count: 1))])
    }

    @Test func choiceWithoutOptionsIsAMissingKey() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                """)
        #expect(found == [Found(6, 5, .missingKey("options"))])
    }

    @Test func optionIDsMustBeUnique() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                    options:
                      - {id: same, label: はい}
                      - {id: same, label: いいえ}
                """)
        #expect(found == [Found(11, 14, .duplicateOptionID("same"))])
    }

    @Test func inputTypeMustBeKnown() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: ipv4
                    title: 端末名
                """)
        #expect(found == [Found(9, 11, .unknownInputType("ipv4"))])
    }

    @Test func inputPatternMustCompileReportedAtThePattern() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: hostname
                    pattern: "HIS-[0-9"
                    title: 端末名
                """)
        #expect(found == [Found(10, 14, .invalidPattern("HIS-[0-9"))])
    }

    @Test func inputRequiredMustBeABoolean() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: text
                    required: maybe
                    title: 端末名
                """)
        #expect(found == [Found(10, 15, .wrongType(key: "required", expected: .boolean, found: "'maybe'"))])
    }

    @Test func waitNeedsExactlyOneDuration() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: none
                    kind: wait
                    title: 待つ
                  - id: both
                    kind: wait
                    title: 待つ
                    minutes: 5
                    seconds: 30
                """)
        #expect(found == [Found(6, 5, .waitDurationMissing), Found(13, 5, .waitDurationGivenTwice)])
    }

    @Test func waitDurationMustBePositive() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: pause
                    kind: wait
                    title: 待つ
                    seconds: 0
                """)
        #expect(found == [Found(9, 14, .wrongType(key: "seconds", expected: .positiveInteger, found: "'0'"))])
    }

    @Test func aWaitLongerThanADayIsRefusedWhereverItWouldOverflow() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: huge
                    kind: wait
                    title: 待つ
                    minutes: 153722867280912931
                  - id: max
                    kind: wait
                    title: 待つ
                    seconds: 9223372036854775807
                  - id: day
                    kind: wait
                    title: 待つ
                    minutes: 1440
                  - id: day-and-a-second
                    kind: wait
                    title: 待つ
                    seconds: 86401
                """)
        #expect(found == [
            Found(9, 14, .waitTooLong(key: "minutes", maximum: 1440)),
            Found(13, 14, .waitTooLong(key: "seconds", maximum: 86400)),
            Found(21, 14, .waitTooLong(key: "seconds", maximum: 86400)),
        ])
    }

    @Test func commandPlatformMustBeKnownAndRunMustBeLocal() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: netstat
                    kind: command
                    title: 接続を確認
                    command: netstat -an
                    platform: windows10
                    run: remote
                """)
        #expect(found == [Found(10, 15, .unknownPlatform("windows10")), Found(11, 10, .unknownRunMode("remote"))])
    }

    @Test func endOutcomeMustBeKnown() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: done
                    kind: end
                    title: 終了
                    outcome: finished
                """)
        #expect(found == [Found(9, 14, .unknownOutcome("finished"))])
    }

    @Test func contactStepMustListContacts() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: call
                    kind: contact
                    title: 電話する
                    contacts: []
                """)
        #expect(found == [Found(9, 15, .noContactsListed)])
    }

    @Test func stepMustBeAMapping() throws {
        let found = try problems(
            in: runbookHeader + """
                  - just words
                """)
        #expect(found == [Found(6, 5, .wrongType(key: "steps[]", expected: .mapping, found: "'just words'"))])
    }

    @Test func inputFieldMustBeUsableAsAPlaceholderName() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: host
                    kind: input
                    field: host name
                    title: 端末名
                """)
        #expect(found == [Found(8, 12, .invalidFieldName("host name"))])
    }

    @Test func optionIDMustMatchThePattern() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: ask
                    kind: choice
                    title: 感染していますか
                    options:
                      - {id: はい, label: はい}
                      - {id: no, label: いいえ}
                """)
        #expect(found == [Found(10, 14, .invalidIdentifier(key: "id", value: "はい"))])
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
