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
            StandardStreams.error(
                settings.language == "ja"
                    ? "警告: 上の誤りがある手順書は読み込んでいません。`shodo validate` で確認してください。"
                    : "warning: runbooks with the errors above were left out; check them with `shodo validate`.")
        }
        return library
    }
}
