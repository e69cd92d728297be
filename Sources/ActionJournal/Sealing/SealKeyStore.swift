import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The machine's seal key `K_e` and its epoch `e`, in the file at `path` (`shodo` keeps it
/// in `$XDG_CONFIG_HOME/shodo/seal-key`).
///
/// Written by `shodo journal keygen` (`evolve(K_0)` at epoch 1; `K_0` itself is never
/// stored), and advanced by one epoch for every new journal, before that journal's first
/// record, so that a later theft of the machine cannot recompute an earlier journal's
/// key. Every change replaces the file durably (temp file, sync, rename, directory sync)
/// under an exclusive lock on the directory, so two runs starting at once each get their
/// own epoch. The file is mode 0600 and holds text (see `KeyFileText`).
public struct SealKeyStore: Sendable, Hashable {
    static let header = "shodo-machine-seal-key-v1"

    /// The key file.
    public let path: String

    /// A store kept at `path`.
    public init(path: String) {
        self.path = path
    }

    /// Whether a machine key is stored (then every new journal is sealed).
    public var hasKey: Bool { SecretFile.exists(path) }

    /// The stored key and its epoch, or `nil` when there is none. The caller owns the key
    /// and should `erase()` it when done.
    public func load() throws(SealingError) -> (key: SealKey, epoch: Int)? {
        guard var contents = try SecretFile.read(path) else { return nil }
        defer { SecretBytes.zero(&contents) }
        let fields = try KeyFileText.parse(
            contents, header: Self.header, names: ["epoch", "key"], path: path)
        let epoch = try KeyFileText.count(fields["epoch", default: ""], name: "epoch", path: path)
        guard epoch >= 1 else {
            throw .malformedKeyFile(
                path: path, reason: "\"epoch\" is 0; the machine key starts at epoch 1")
        }
        return (try KeyFileText.key(hex: fields["key", default: ""], path: path), epoch)
    }

    /// Stores `evolve(firstKey)` as the machine key of epoch 1 (`keygen`), creating the
    /// directory (mode 0700) when needed. Without `replacing`, an existing machine key is
    /// left alone and `.alreadyExists` is thrown.
    public func install(firstKey: SealKey, replacing: Bool) throws(SealingError) {
        try createDirectory()
        try withLock { () throws(SealingError) in
            if !replacing, hasKey { throw .alreadyExists(path: path) }
            let machineKey = SealDerivation.evolve(firstKey)
            defer { machineKey.erase() }
            try store(machineKey, epoch: 1)
        }
    }

    /// Derives a new journal's first key `J_0` from the machine key `K_e`, then replaces
    /// the machine key by `K_{e+1}` durably and erases `K_e`, all before the caller
    /// writes anything. Returns `J_0` and `e` (for `seal_epoch`), or `nil` when no
    /// machine key is stored.
    public func takeJournalKey(jid: UUID) throws(SealingError) -> (
        journalKey: SealKey, machineEpoch: Int
    )? {
        guard hasKey else { return nil }
        return try withLock {
            () throws(SealingError) -> (journalKey: SealKey, machineEpoch: Int)? in
            guard let loaded = try load() else { return nil }
            let (machineKey, epoch) = loaded
            defer { machineKey.erase() }
            let journalKey = SealDerivation.journalKey(machineKey: machineKey, jid: jid)
            let nextKey = SealDerivation.evolve(machineKey)
            defer { nextKey.erase() }
            do throws(SealingError) {
                try store(nextKey, epoch: epoch + 1)
            } catch {
                journalKey.erase()
                throw error
            }
            return (journalKey, epoch)
        }
    }

    private func store(_ key: SealKey, epoch: Int) throws(SealingError) {
        var contents = KeyFileText.render(
            header: Self.header, fields: [("epoch", String(epoch))], key: key)
        defer { SecretBytes.zero(&contents) }
        try SecretFile.replace(path, with: contents)
    }

    private func createDirectory() throws(SealingError) {
        let directory = SystemFiles.parentDirectory(of: path)
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/" + component
            guard mkdir(current, 0o700) == 0 || errno == EEXIST else {
                throw .fileFailed(path: current, action: "create the directory", errno: errno)
            }
        }
    }

    /// Runs `body` holding an exclusive `flock` on the store's directory.
    private func withLock<Result>(_ body: () throws(SealingError) -> Result) throws(SealingError)
        -> Result
    {
        let directory = SystemFiles.parentDirectory(of: path)
        let descriptor: Int32
        switch SystemFiles.open(directory, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC) {
        case .success(let opened): descriptor = opened
        case .failure(let failure):
            throw .fileFailed(path: directory, action: "open the directory", errno: failure.errno)
        }
        defer { SystemFiles.close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw .fileFailed(path: directory, action: "lock the directory", errno: errno)
            }
        }
        defer { _ = flock(descriptor, LOCK_UN) }
        return try body()
    }
}
