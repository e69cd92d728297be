import FileReading
import Foundation

/// The files of one load, in order, each once, with the problems of listing them.
struct FileListing {
    private(set) var entries: [LoadEntry] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var identities: Set<String>

    /// A listing that leaves out the files whose identity is in `excluded`.
    init(excluding excluded: Set<String> = []) {
        identities = excluded
    }

    /// The identities of the listed files.
    var listedIdentities: Set<String> { Set(entries.map { Self.identity(of: $0.path) }) }

    /// Adds the `.yaml` and `.yml` files directly in `directory`, sorted by name;
    /// hidden files are skipped.
    mutating func addDirectory(_ directory: String) {
        let names: [String]
        switch FileBytes.names(inDirectory: directory) {
        case .success(let found):
            names = found
        case .failure(let failure):
            diagnostics.append(
                Diagnostic(
                    severity: .error, file: directory, line: 1, column: 1,
                    message: .unreadableDirectory(
                        reason: failure.isMissing ? "no such directory" : failure.reason)))
            return
        }
        let separator = directory.hasSuffix("/") ? "" : "/"
        for name in names.sorted() where Self.isYAMLFileName(name) {
            addFile(directory + separator + name)
        }
    }

    /// Adds one file, unless it is already listed.
    mutating func addFile(
        _ path: String, expectsContacts: Bool = false, isFallbackContacts: Bool = false
    ) {
        guard identities.insert(Self.identity(of: path)).inserted else { return }
        entries.append(
            LoadEntry(
                path: path, expectsContacts: expectsContacts, isFallbackContacts: isFallbackContacts
            ))
    }

    /// Adds a path given to `validate`: a directory's files, or the file itself.
    mutating func addPath(_ path: String, expectsContacts: (String) -> Bool) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            addDirectory(path)
        } else {
            addFile(path, expectsContacts: expectsContacts(Self.identity(of: path)))
        }
    }

    /// The same file however its path was spelt: absolute, standardized, symlinks resolved.
    static func identity(of path: String) -> String {
        // realpath(3) is one call; Foundation's URL resolution costs a start of
        // the terminal UI about as much as reading every file. It fails for a
        // missing file, which is then reported under its standardized path.
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func isYAMLFileName(_ name: String) -> Bool {
        guard !name.hasPrefix(".") else { return false }
        let lowered = name.lowercased()
        return lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
    }
}
