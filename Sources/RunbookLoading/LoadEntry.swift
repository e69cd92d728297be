/// One file to load, as its path was given.
struct LoadEntry: Sendable {
    let path: String
    /// Given as a contacts file (`--contacts`, `contacts_file`): anything else there is an error.
    let expectsContacts: Bool
}

/// A load entry with what reading its file gave: the bytes, or why there are none.
struct ReadEntry: Sendable {
    let entry: LoadEntry
    let source: Result<SourceBytes, SourceFile.Unusable>

    init(_ entry: LoadEntry) {
        self.entry = entry
        source = SourceBytes.read(path: entry.path)
    }
}
