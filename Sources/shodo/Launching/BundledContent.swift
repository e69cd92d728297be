import Foundation

/// Finds the bundled `Runbooks/` and `assets/` next to the program.
///
/// Looked for in `$SHODO_HOME`, then in the parents of the executable (a
/// `swift build` puts it in `.build/<triple>/debug/` under the checkout), then
/// in the usual install prefixes, then in the working directory.
enum BundledContent {
    static func runbooksDirectory(environment: [String: String]) -> String? {
        root(environment: environment).map { ($0 as NSString).appendingPathComponent("Runbooks") }
    }

    /// `Runbooks/` and, when present, the bundled drill scenarios in `Runbooks/drills/`.
    static func runbookDirectories(environment: [String: String]) -> [String] {
        guard let runbooks = runbooksDirectory(environment: environment) else { return [] }
        let drills = (runbooks as NSString).appendingPathComponent("drills")
        var isDirectory: ObjCBool = false
        let hasDrills =
            FileManager.default.fileExists(atPath: drills, isDirectory: &isDirectory)
            && isDirectory.boolValue
        return hasDrills ? [runbooks, drills] : [runbooks]
    }

    static func contactsTemplate(environment: [String: String]) -> String? {
        guard let root = root(environment: environment) else { return nil }
        let path = (root as NSString).appendingPathComponent("assets/contacts.example.yaml")
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static func root(environment: [String: String]) -> String? {
        candidates(environment: environment).first { isContentRoot($0) }
    }

    private static func candidates(environment: [String: String]) -> [String] {
        var list: [String] = []
        if let home = environment["SHODO_HOME"], !home.isEmpty { list.append(home) }
        if let executable = executablePath() {
            var directory = (executable as NSString).deletingLastPathComponent
            for _ in 0..<6 {
                list.append(directory)
                let parent = (directory as NSString).deletingLastPathComponent
                if parent == directory { break }
                directory = parent
            }
        }
        list += [
            "/usr/local/share/shodo", "/usr/share/shodo", FileManager.default.currentDirectoryPath,
        ]
        return list
    }

    private static func isContentRoot(_ directory: String) -> Bool {
        var isDirectory: ObjCBool = false
        let runbooks = (directory as NSString).appendingPathComponent("Runbooks")
        return FileManager.default.fileExists(atPath: runbooks, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// The running program's path, symlinks resolved (also what ties the library cache to it).
    static func executablePath() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(
            atPath: "/proc/self/exe")
        {
            return resolved
        }
        return Bundle.main.executablePath
    }
}
