import ArgumentParser
import Foundation
import Localization
import RunbookModel

/// `shodo list [--json]`
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the loaded runbooks: id, version, title, severity, number of steps.")

    @Flag(help: "One JSON array, for scripts.") var json = false
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let settings = try Settings.resolve(options)
        let library = try LibraryLoading.load(settings, strict: false)
        let runbooks = library.runbooks.sorted(by: TriageOrder.isBefore)
        if let warning = settings.contactsWarning(for: library) { StandardStreams.error(warning) }
        if json {
            StandardStreams.output(try jsonListing(runbooks, language: settings.language))
            return
        }
        for runbook in runbooks {
            let title = runbook.title.resolved(
                preferred: settings.language, fallback: runbook.language)
            let severity = runbook.severity?.rawValue ?? "-"
            StandardStreams.output(
                "\(runbook.id)\tv\(runbook.version)\t\(severity)\t\(runbook.steps.count)\t\(title)")
        }
    }

    private func jsonListing(_ runbooks: [Runbook], language: Language) throws -> String {
        let entries: [[String: Any]] = runbooks.map { runbook in
            var entry: [String: Any] = [
                "id": runbook.id, "version": runbook.version,
                "title": runbook.title.resolved(preferred: language, fallback: runbook.language),
                "steps": runbook.steps.count, "path": runbook.sourcePath,
            ]
            entry["severity"] = runbook.severity?.rawValue ?? NSNull()
            entry["estimated_minutes"] = runbook.estimatedMinutes ?? NSNull()
            return entry
        }
        let data = try JSONSerialization.data(
            withJSONObject: entries, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
