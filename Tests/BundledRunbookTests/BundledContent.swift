import Foundation
import RunbookLoading
import RunbookModel

/// The runbooks, contacts template and principles shipped in the repository.
enum BundledContent {
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let runbooks = root + "/Runbooks"
    static let contacts = root + "/assets/contacts.example.yaml"
    static let schemas = root + "/assets/schema"

    static let loaded: LoadResult = RunbookLoader().load(
        directories: [runbooks], contactsFiles: [contacts])

    static var library: RunbookLibrary { loaded.library }

    static let drills = runbooks + "/drills"

    /// The bundled drill scenarios, sorted by name.
    static var scenarioFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: drills)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { drills + "/" + $0 }
    }

    static var runbookFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: runbooks)) ?? []
        return names.filter { $0.hasPrefix("rb-") && $0.hasSuffix(".yaml") }.sorted().map {
            runbooks + "/" + $0
        }
    }
}
