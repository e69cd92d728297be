import RunbookModel

/// Loads runbooks, contacts and first principles from YAML files and checks them together.
///
/// Policy: a runbook whose file has any error stays out of `library.runbooks`
/// (warnings do not keep it out), and so does every runbook that includes one
/// that is out, with an error at its `runbook:` value saying why. A contact with
/// an error of its own, or a later duplicate id, stays out of `library.contacts`.
/// Nothing a file contains can crash the loader.
public struct RunbookLoader: Sendable {
    /// A loader; it keeps no state between calls.
    public init() {}

    /// Loads every `.yaml`/`.yml` file directly in `directories` (sorted by name)
    /// plus `files` and `contactsFiles`, then validates everything together.
    ///
    /// Files are read in that order; a file named twice is read once. A file whose
    /// top level has `contacts` is a contacts file wherever it comes from; one in
    /// `contactsFiles` must be one. Diagnostics cover every file.
    ///
    /// With a `cache`, a load of files unchanged since the last load without
    /// diagnostics (as `stat` tells; see `LibraryCache`) returns that library
    /// without reading any of them; the result is the same either way.
    public func load(
        directories: [String], files: [String] = [], contactsFiles: [String] = [],
        cache: LibraryCache? = nil
    ) -> LoadResult {
        var listing = FileListing()
        for directory in directories { listing.addDirectory(directory) }
        for file in files { listing.addFile(file) }
        for file in contactsFiles { listing.addFile(file, expectsContacts: true) }
        let key = listing.diagnostics.isEmpty ? cache?.key(for: listing.entries) : nil
        if let cache, let key, let library = cache.library(for: key.key) {
            return LoadResult(
                library: library, diagnostics: [], checkedFileCount: listing.entries.count)
        }
        let session = LoadSession(entries: listing.entries)
        let diagnostics = listing.diagnostics + session.files.flatMap(\.diagnostics)
        let library = session.library
        if let cache, let key, key.isSettled, diagnostics.isEmpty {
            cache.store(library, for: key.key)
        }
        return LoadResult(
            library: library, diagnostics: Self.sorted(diagnostics),
            checkedFileCount: listing.entries.count)
    }

    /// `shodo validate PATH...`: checks `paths` (files, or directories of them)
    /// loaded together with the context, and reports the diagnostics of `paths` only.
    ///
    /// The checked files are read after the context, so a runbook id that clashes
    /// with a context runbook is reported in the checked file. Flow checks
    /// (includes, contact ids, `{{NAME}}` across includes) see the whole context.
    ///
    /// `fallbackContactsFiles` (the bundled template) count only when no other
    /// contacts file is loaded: a hospital's copy of the template given as a PATH
    /// takes its place, as it does at run time, instead of clashing with it.
    public func validate(
        paths: [String], context directories: [String], contactsFiles: [String],
        fallbackContactsFiles: [String] = []
    ) -> LoadResult {
        let contactsIdentities = Set(contactsFiles.map(FileListing.identity(of:)))
        var checked = FileListing()
        for path in paths {
            checked.addPath(path) { contactsIdentities.contains($0) }
        }
        var context = FileListing(excluding: checked.listedIdentities)
        for directory in directories { context.addDirectory(directory) }
        for file in contactsFiles { context.addFile(file, expectsContacts: true) }
        for file in fallbackContactsFiles {
            context.addFile(file, expectsContacts: true, isFallbackContacts: true)
        }
        let session = LoadSession(entries: context.entries + checked.entries)
        let checkedFiles = session.files.dropFirst(context.entries.count)
        let diagnostics = checked.diagnostics + checkedFiles.flatMap(\.diagnostics)
        return LoadResult(
            library: session.library, diagnostics: Self.sorted(diagnostics),
            checkedFileCount: checked.entries.count)
    }

    /// Reads the configuration file (a Shodo extension; see `ConfigurationParser`).
    ///
    /// Returns no configuration when the file has any error; an empty file, or
    /// one of comments only, is an empty configuration.
    public func loadConfiguration(path: String) -> (ShodoConfiguration?, [Diagnostic]) {
        let diagnostics: FileDiagnostics
        let configuration: ShodoConfiguration?
        switch SourceFile.read(path: path) {
        case .failure(let unusable):
            diagnostics = FileDiagnostics(file: path)
            diagnostics.report(unusable.message, at: nil)
            configuration = nil
        case .success(let source):
            diagnostics = FileDiagnostics(file: path, text: source.text)
            configuration = ConfigurationParser(diagnostics: diagnostics).parse(source)
        }
        return (diagnostics.hasErrors ? nil : configuration, Self.sorted(diagnostics.diagnostics))
    }

    /// By file, line, then column; diagnostics at the same position keep their order.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            if left.element.precedes(right.element) { return true }
            if right.element.precedes(left.element) { return false }
            return left.offset < right.offset
        }.map(\.element)
    }
}
