import ActionJournal
import Foundation
import Notation
import RunSession
import RunbookLoading

/// Where `shodo` keeps its library cache, and what ties the cache to this build.
enum LibraryCacheLocation {
    /// `$XDG_CACHE_HOME/shodo/library-HASH.cache`, one file per executable (a
    /// `swift run` debug build and an installed one must not overwrite each
    /// other's cache on every start), tied to its build; nil when the
    /// executable cannot be identified (then every start loads from YAML).
    static func cache(environment: [String: String]) -> LibraryCache? {
        var status = stat()
        guard let executable = BundledContent.executablePath(),
            stat(executable, &status) == 0
        else { return nil }
        // The version with the executable's inode, size and modification time:
        // any rebuild or reinstall changes it, and with it the loader's rules,
        // so an old cache is never read by a newer loader.
        let identity =
            "\(ProgramIdentity.name) \(ProgramIdentity.version) \(status.st_ino) \(status.st_size) "
            + "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        let name = "library-\(fnv1a(executable)).cache"
        let directory = ShodoDirectories(environment: environment).cache
        return LibraryCache(
            path: (directory as NSString).appendingPathComponent(name), programIdentity: identity)
    }

    /// FNV-1a of `text`'s UTF-8, in hex: a short, stable file name, not a secret.
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return HexDigits.string(hash)
    }
}
