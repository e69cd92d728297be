import RunbookLoading
import Testing

@Suite("Every problem is reported")
struct PlantedMistakesTests {
    @Test func fivePlantedMistakesGiveFiveDiagnosticsInOrder() throws {
        let found = try problems(
            in: """
                format: 1
                id: planted
                version: -1
                title: 仕込み
                steps:
                  - id: first
                    kind: instrction
                    title: 最初
                  - id: second
                    kind: check
                    title: 二番目
                    expect: 確認
                    on_fail: thrid
                  - id: third
                    kind: wait
                    title: 待つ
                  - id: fourth
                    kind: contact
                    title: 電話
                    contacts: [nobody]
                """)
        #expect(
            found == [
                Found(3, 10, .wrongType(key: "version", expected: .positiveInteger, found: "'-1'")),
                Found(7, 11, .unknownStepKind("instrction", suggestion: "instruction")),
                Found(13, 14, .danglingOnFail("thrid", suggestion: "third")),
                Found(14, 5, .waitDurationMissing),
                Found(20, 16, .unknownContact("nobody", suggestion: nil)),
            ])
    }
}
