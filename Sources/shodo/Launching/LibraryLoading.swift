import ArgumentParser
import RunbookLoading
import RunbookModel

/// Loads the runbooks and contacts the settings name.
enum LibraryLoading {
    /// With `strict`, any error stops the program (exit 1). Without, broken
    /// runbooks are left out and reported, so one hospital file with a typo
    /// cannot keep the night shift from the bundled runbooks.
    ///
    /// Goes through the library cache: unchanged files load without parsing YAML.
    static func load(_ settings: Settings, strict: Bool) throws -> RunbookLibrary {
        let result = RunbookLoader().load(
            directories: settings.runbookDirectories, contactsFiles: settings.contactsFiles,
            cache: LibraryCacheLocation.cache(environment: settings.environment))
        var library = result.library
        if let principles = settings.configuration?.firstPrinciples, !principles.isEmpty {
            library.firstPrinciples = principles
        }
        let errors = result.diagnostics.filter { $0.severity == .error }
        if strict && !errors.isEmpty {
            Diagnostics.print(result.diagnostics)
            throw ExitCode(1)
        }
        if !errors.isEmpty {
            Diagnostics.print(errors)
            // Say what really happened: only files whose runbook is not in the library were left out.
            let loaded = Set(library.runbooks.map(\.sourcePath) + settings.contactsFiles)
            let leftOut = Set(errors.map(\.file)).subtracting(loaded).sorted()
            let ja = settings.language == .japanese
            if leftOut.isEmpty {
                StandardStreams.error(
                    ja
                        ? "警告: 手順書はすべて使えます。上の連絡先の問題は、連絡の手順で番号の代わりに id が出るだけです。`shodo validate` で確認してください。"
                        : "warning: every runbook is usable; the contact problems above only mean those steps show an id instead of a number. Check with `shodo validate`."
                )
            } else {
                StandardStreams.error(
                    ja
                        ? "警告: 誤りのある次の手順書は読み込んでいません: \(leftOut.joined(separator: ", "))。`shodo validate` で確認してください。"
                        : "warning: these runbooks were left out because of the errors above: \(leftOut.joined(separator: ", ")). Check them with `shodo validate`."
                )
            }
        }
        return library
    }
}
