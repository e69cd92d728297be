import Foundation
import Localization
import RunbookModel
import Yams

/// Reads the configuration file, a Shodo extension of the runbook format.
///
/// A mapping with the optional keys `format` (1), `hospital_name` (string),
/// `runbook_dirs` (list of strings), `contacts_file` (string), `journal_dir`
/// (string), `lang` (`ja` or `en`) and `first_principles` (list of at least one
/// text; plain strings are in `lang`, else Japanese). Relative paths are relative
/// to the configuration file's directory; a leading `~` is the home directory.
/// Unknown keys are errors unless they start with `x-`.
struct ConfigurationParser {
    static let keys = [
        "format", "hospital_name", "runbook_dirs", "contacts_file", "journal_dir", "lang",
        "first_principles",
    ]

    let diagnostics: FileDiagnostics

    func parse(_ source: SourceFile) -> ShodoConfiguration? {
        var configuration = ShodoConfiguration(sourcePath: source.path)
        let isBlank = source.text.split(whereSeparator: \.isNewline).allSatisfy { line in
            let content = line.drop { $0 == " " || $0 == "\t" }
            return content.isEmpty || content.hasPrefix("#")
        }
        if isBlank { return configuration }
        guard let root = YAMLComposer.compose(source.text, reportingTo: diagnostics),
            let mapping = MappingReader.fileRoot(
                root, kind: "configuration", allowed: Self.keys, diagnostics: diagnostics,
                formatRequired: false)
        else { return nil }
        var values = ValueReader(diagnostics: diagnostics)
        let directory = (source.path as NSString).deletingLastPathComponent

        configuration.hospitalName = mapping["hospital_name"].flatMap {
            values.string($0, key: "hospital_name")
        }
        configuration.runbookDirectories =
            mapping["runbook_dirs"].flatMap { values.stringList($0, key: "runbook_dirs") }?
            .map { Self.resolve($0, relativeTo: directory) } ?? []
        configuration.contactsFile = mapping["contacts_file"].flatMap {
            values.string($0, key: "contacts_file")
        }
        .map { Self.resolve($0, relativeTo: directory) }
        configuration.journalDirectory = mapping["journal_dir"].flatMap {
            values.string($0, key: "journal_dir")
        }
        .map { Self.resolve($0, relativeTo: directory) }
        if let node = mapping["lang"], let code = values.string(node, key: "lang") {
            if let language = Language(code: code) {
                configuration.defaultLanguage = language
            } else {
                diagnostics.report(.unknownConfigurationLanguage(code), at: node)
            }
        }
        values.defaultLanguage =
            configuration.defaultLanguage?.code ?? LocalizedText.defaultLanguage
        configuration.firstPrinciples = mapping["first_principles"].map {
            PrinciplesFileParser.principles($0, key: "first_principles", values: values)
        }
        return configuration
    }

    /// `path` as written when absolute, from the home directory after `~`, else
    /// from the configuration file's directory.
    private static func resolve(_ path: String, relativeTo directory: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") || directory.isEmpty { return expanded }
        return (directory as NSString).appendingPathComponent(expanded)
    }
}
