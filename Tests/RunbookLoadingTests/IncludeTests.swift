import RunbookLoading
import RunbookModel
import Testing

@Suite("Includes across files")
struct IncludeTests {
    @Test func includeOfALoadedRunbookInAnotherFileIsValid() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "isolate.yaml",
            """
            format: 1
            id: isolate
            version: 1
            title: 隔離
            steps:
              - id: pull
                title: "{{host}} のケーブルを抜く"
            """)
        try workspace.write(
            "main.yaml",
            """
            format: 1
            id: main
            version: 1
            title: 初動
            steps:
              - id: host
                kind: input
                field: host
                type: hostname
                title: 端末名
              - id: run-isolate
                kind: include
                runbook: isolate
                title: 隔離する
            """)
        let result = workspace.load()
        #expect(result.diagnostics == [])
        #expect(result.library.runbooks.map(\.id) == ["isolate", "main"])
        #expect(result.library.runbook("main")?.steps.last?.kind == .include(runbookID: "isolate"))
    }

    @Test func placeholderSetByTheIncluderOnlyAfterTheIncludeIsReported() throws {
        let workspace = try TestWorkspace()
        let included = try workspace.write(
            "isolate.yaml",
            """
            format: 1
            id: isolate
            version: 1
            title: 隔離
            steps:
              - id: pull
                title: "{{host}} のケーブルを抜く"
            """)
        let includer = try workspace.write(
            "main.yaml",
            """
            format: 1
            id: main
            version: 1
            title: 初動
            steps:
              - id: run-isolate
                kind: include
                runbook: isolate
                title: 隔離する
              - id: host
                kind: input
                field: host
                type: hostname
                title: 端末名
            """)
        let result = workspace.load()
        let includedProblems = result.diagnostics.filter { $0.file == included }.map(Found.init)
        #expect(includedProblems == [Found(7, 12, .unknownPlaceholder("host", suggestion: nil))])
        // `main` includes a runbook with errors, so it is reported and left out too.
        let includerProblems = result.diagnostics.filter { $0.file == includer }.map(Found.init)
        #expect(includerProblems == [Found(8, 14, .includedRunbookHasErrors("isolate"))])
        #expect(result.library.runbooks.isEmpty)
    }

    @Test func includeOfAnUnknownRunbookIsReportedAtTheValue() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                steps:
                  - id: run-isolate
                    kind: include
                    runbook: isolat
                    title: 隔離する
                """)
        #expect(found == [Found(8, 14, .unknownIncludedRunbook("isolat", suggestion: nil))])
    }

    @Test func includeCycleIsReportedInEveryRunbookOfTheCycle() throws {
        let workspace = try TestWorkspace()
        func runbook(_ id: String, including other: String) -> String {
            """
            format: 1
            id: \(id)
            version: 1
            title: 循環
            steps:
              - id: go
                kind: include
                runbook: \(other)
                title: 行く
            """
        }
        let first = try workspace.write("a.yaml", runbook("loop-a", including: "loop-b"))
        let second = try workspace.write("b.yaml", runbook("loop-b", including: "loop-a"))
        let result = workspace.load()
        #expect(result.diagnostics.map(\.file) == [first, second])
        #expect(
            result.diagnostics.map(Found.init) == [
                Found(8, 14, .includeCycle(["loop-a", "loop-b", "loop-a"])),
                Found(8, 14, .includeCycle(["loop-b", "loop-a", "loop-b"])),
            ])
        #expect(result.library.runbooks.isEmpty)
    }

    @Test func includeOfARunbookWithErrorsIsReportedAndBothStayOut() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "broken.yaml",
            """
            format: 1
            id: broken
            version: 1
            title: 壊れている
            steps:
              - id: only
                title: 唯一
                colour: red
            """)
        let includer = try workspace.write(
            "main.yaml",
            """
            format: 1
            id: main
            version: 1
            title: 初動
            steps:
              - id: go
                kind: include
                runbook: broken
                title: 行く
            """)
        let result = workspace.load()
        let mainProblems = result.diagnostics.filter { $0.file == includer }.map(Found.init)
        #expect(mainProblems == [Found(8, 14, .includedRunbookHasErrors("broken"))])
        #expect(result.library.runbooks.isEmpty)
    }
}
