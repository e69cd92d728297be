import Crypto
import FileReading
import Foundation
import RunbookModel

/// A file that keeps the last library loaded without a single diagnostic, so
/// that a start with unchanged files skips YAML altogether (the first frame of
/// the terminal UI waits for the library).
///
/// The key is a SHA-256 over the cache format, `programIdentity`, and every
/// loaded file's path and role with what `stat` says of it: device, inode,
/// size, modification and change times — what git's index trusts to notice an
/// edit. Any edited, added, removed, renamed or restored file (a restore sets
/// the change time), or another build of the program, is a miss; a hit reads
/// no runbook at all. The key is taken before the files are read, so a file
/// edited during a load is a miss next time, never a stale hit. File times
/// are coarse (a tick of a few milliseconds; two seconds on FAT), so two edits
/// of the same length within one tick look alike; like git's "racily clean"
/// rule, a load is kept only when every file is older than `settleSeconds`,
/// and a later edit then always gets a later time. The payload
/// carries its own SHA-256: a damaged file is a miss, never a wrong phone
/// number on screen. A miss loads from YAML as always and rewrites the file;
/// nothing about the cache is ever reported, and deleting it is always safe.
public struct LibraryCache: Sendable {
    /// The cache file, e.g. `$XDG_CACHE_HOME/shodo/library-HASH.cache`.
    public let path: String
    /// Changes whenever the loader's rules may have changed: the caller passes
    /// something that identifies its build (the executable's size and mtime).
    public let programIdentity: String
    /// How long ago every file must have changed before a load of them is kept.
    public let settleSeconds: Int

    public init(path: String, programIdentity: String, settleSeconds: Int = 2) {
        self.path = path
        self.programIdentity = programIdentity
        self.settleSeconds = settleSeconds
    }

    /// The key for `entries` as they are on disk now, and whether all of them
    /// are settled (changed at least `settleSeconds` ago); nil when one cannot
    /// be examined (that load has diagnostics, and only loads without any are kept).
    func key(for entries: [LoadEntry]) -> (key: LibraryCacheFile.Key, isSettled: Bool)? {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var isSettled = true
        var writer = LibraryCacheWriter()
        writer.integer(LibraryCacheFile.formatVersion)
        writer.string(programIdentity)
        writer.integer(entries.count)
        for entry in entries {
            var status = stat()
            guard stat(entry.path, &status) == 0 else { return nil }
            let lastChange = max(status.st_mtim.tv_sec, status.st_ctim.tv_sec)
            if lastChange > now.tv_sec - settleSeconds { isSettled = false }
            writer.string(entry.path)
            writer.boolean(entry.expectsContacts)
            // truncatingIfNeeded: device and inode numbers are unsigned and may use the top bit.
            for number in [
                Int(truncatingIfNeeded: status.st_dev), Int(truncatingIfNeeded: status.st_ino),
                Int(truncatingIfNeeded: status.st_size), status.st_mtim.tv_sec,
                status.st_mtim.tv_nsec,
                status.st_ctim.tv_sec, status.st_ctim.tv_nsec,
            ] {
                writer.integer(number)
            }
        }
        return (LibraryCacheFile.Key(SHA256.hash(data: writer.bytes)), isSettled)
    }

    /// The library stored under `key`, if the file holds it whole and intact.
    /// The checksum and the segments are independent jobs: on two cores they
    /// run side by side (the look-up is on the first frame's path). The checksum
    /// is job 0, so it starts at once rather than after the segments.
    func library(for key: LibraryCacheFile.Key) -> RunbookLibrary? {
        guard case .success(let bytes) = FileBytes.read(path: path),
            let layout = try? LibraryCacheFile.layout(of: bytes), layout.key == key
        else { return nil }
        let segmentCount = layout.segments.count
        let parts = ConcurrentMap.map(Array(0...segmentCount)) { job -> LookupPart in
            if job == 0 { return .checksum(matches: layout.checksumMatches(in: bytes)) }
            return .segment(
                try? LibraryCacheCoding.decodeSegment(
                    job - 1, of: bytes, in: layout.segments[job - 1]))
        }
        var segments: [LibraryCacheCoding.Segment] = []
        for part in parts {
            switch part {
            case .checksum(let matches): if !matches { return nil }
            case .segment(let segment?): segments.append(segment)
            case .segment(nil): return nil
            }
        }
        return try? LibraryCacheCoding.library(from: segments)
    }

    /// One job of a look-up: the checksum checked, or a segment decoded.
    private enum LookupPart {
        case checksum(matches: Bool)
        case segment(LibraryCacheCoding.Segment?)
    }

    /// Keeps `library` under `key`: written beside the cache file, then renamed
    /// over it, so a reader never sees half a file; mode 0600 whatever the umask
    /// (it holds the hospital's contacts). Failure is silent (a full disk or a
    /// read-only home must not stop anyone from working).
    func store(_ library: RunbookLibrary, for key: LibraryCacheFile.Key) {
        let directory = (path as NSString).deletingLastPathComponent
        guard
            (try? FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])) != nil
        else { return }
        FileBytes.replacePrivately(path, with: LibraryCacheFile.encode(library, key: key))
    }
}
