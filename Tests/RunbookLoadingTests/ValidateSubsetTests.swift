import RunbookLoading
import Testing

@Suite("validate PATH...")
struct ValidateSubsetTests {
    private static let report = """
        format: 1
        id: report
        version: 1
        title: 報告
        steps:
          - id: tell
            title: 報告する
            bogus: 1
        """

    @Test func reportsOnlyTheGivenPathsButSeesTheWholeContext() throws {
        let workspace = try TestWorkspace()
        try workspace.write("runbooks/report.yaml", Self.report)
        try workspace.write(
            "runbooks/isolate.yaml",
            "format: 1\nid: isolate\nversion: 1\ntitle: 隔離\nsteps:\n  - id: pull\n    title: 抜く\n")
        let contacts = try workspace.write("contacts.yaml", standardContacts)
        let checked = try workspace.write(
            "new.yaml",
            """
            format: 1
            id: new
            version: 1
            title: 新規
            steps:
              - id: go
                kind: include
                runbook: isolate
                title: 隔離
              - id: call
                kind: contact
                contacts: [it-oncall]
                title: 電話
            """)
        let result = RunbookLoader().validate(
            paths: [checked], context: [workspace.directory + "/runbooks"],
            contactsFiles: [contacts])
        // report.yaml's unknown key is not reported: only new.yaml is checked.
        #expect(result.diagnostics == [])
        #expect(!result.hasErrors)
        #expect(result.checkedFileCount == 1)
        #expect(result.library.runbooks.map(\.id).sorted() == ["isolate", "new"])
    }

    @Test func checkedFileThatIsAlsoInTheContextIsReportedOnce() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write("runbooks/report.yaml", Self.report)
        let result = RunbookLoader().validate(
            paths: [path], context: [workspace.directory + "/runbooks"], contactsFiles: [])
        #expect(
            result.diagnostics.map(Found.init) == [
                Found(8, 5, .unknownKey("bogus", suggestion: nil))
            ])
        #expect(result.diagnostics.first?.file == path)
        #expect(result.checkedFileCount == 1)
    }

    @Test func clashWithAContextRunbookIsReportedInTheCheckedFile() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "runbooks/a.yaml",
            "format: 1\nid: same\nversion: 1\ntitle: 一\nsteps:\n  - id: one\n    title: 一\n")
        let checked = try workspace.write(
            "runbooks/b.yaml",
            "format: 1\nid: same\nversion: 1\ntitle: 二\nsteps:\n  - id: one\n    title: 二\n")
        let first = RunbookLoader().validate(
            paths: [workspace.directory + "/runbooks/a.yaml"],
            context: [workspace.directory + "/runbooks"],
            contactsFiles: [])
        let second = RunbookLoader().validate(
            paths: [checked], context: [workspace.directory + "/runbooks"], contactsFiles: [])
        #expect(
            first.diagnostics.map(\.message) == [.duplicateRunbookID("same", firstFile: checked)])
        #expect(
            second.diagnostics.map(\.message) == [
                .duplicateRunbookID("same", firstFile: workspace.directory + "/runbooks/a.yaml")
            ])
    }
}
