import RunbookModel

/// What a load or a validation produced: the usable library and every problem found.
public struct LoadResult: Sendable {
    /// Runbooks without errors (warnings allowed), valid contacts, and first principles.
    public var library: RunbookLibrary
    /// Sorted by file, line, then column.
    public var diagnostics: [Diagnostic]
    /// Whether any diagnostic is an error: `validate` then exits 1.
    public var hasErrors: Bool
    /// How many files were checked (for `validate`, the files named, after expanding directories).
    public var checkedFileCount: Int

    /// A result whose `hasErrors` is derived from `diagnostics`.
    public init(library: RunbookLibrary, diagnostics: [Diagnostic], checkedFileCount: Int) {
        self.library = library
        self.diagnostics = diagnostics
        self.hasErrors = diagnostics.contains { $0.severity == .error }
        self.checkedFileCount = checkedFileCount
    }
}
