import Foundation
import RunbookLoading
import RunbookModel
import Testing

/// The bundled runbooks and the contacts template, loaded once for all tests.
enum BundledLibrary {
    /// The checkout root, found from this file's real path (Tests/RunbookPrintingTests/...),
    /// so a dev package that links the test folder still finds the bundled files.
    static let root: String = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let result: LoadResult = RunbookLoader().load(
        directories: [root + "/Runbooks"], contactsFiles: [root + "/assets/contacts.example.yaml"])

    static var library: RunbookLibrary { result.library }

    /// Every bundled runbook by id; fails the test when they did not load, so no
    /// loop over them can pass by having nothing to check.
    static func runbooks() throws -> [Runbook] {
        let runbooks = library.runbooks.sorted { $0.id < $1.id }
        try #require(runbooks.count >= 12, "bundled runbooks not found under \(root)")
        return runbooks
    }
}
