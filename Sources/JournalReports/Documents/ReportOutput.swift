import TerminalSafety

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a report or export is written: a file, standard output, or memory (tests).
///
/// Buffers up to `bufferLimit` bytes and writes them with `write(2)`, so a streamed
/// export of a million records holds one buffer, never the whole text. A file is only
/// put in place by `commit()`; until then a failed export leaves nothing behind under
/// the target name (or the old file, with `--force`).
///
/// Text for standard output that is a terminal passes through `TerminalSafeText`,
/// whatever the format: an export read on screen shows a stored ESC as `<U+001B>`.
/// Files and pipes get the exact text (JSON and CSV carry the journal's bytes).
public final class ReportOutput {
    private enum Target {
        case standardOutput
        case file(descriptor: Int32, writtenPath: String, finalPath: String, replaces: Bool)
        case memory
    }

    private static let bufferLimit = 64 * 1024
    private var target: Target
    private var buffer: [UInt8] = []
    private var memory: [UInt8] = []
    private var finished = false
    private let showsOnTerminal: Bool

    private init(target: Target) {
        self.target = target
        if case .standardOutput = target {
            showsOnTerminal = isatty(STDOUT_FILENO) == 1
        } else {
            showsOnTerminal = false
        }
        buffer.reserveCapacity(Self.bufferLimit + 4096)
    }

    deinit { discard() }

    /// Standard output (descriptor 1).
    public static func standardOutput() -> ReportOutput { ReportOutput(target: .standardOutput) }

    /// Memory; read the result with `text` after `commit()`.
    public static func inMemory() -> ReportOutput { ReportOutput(target: .memory) }

    /// A new file at `path`. Without `replacing`, the file is created exclusively (an
    /// existing file is refused, even one that appeared a moment ago) and removed again
    /// if the export fails. With `replacing`, the text goes to a temporary file beside
    /// it that `commit()` renames over the old one.
    public static func file(_ path: String, replacing: Bool) throws(ReportError) -> ReportOutput {
        let writtenPath = replacing ? path + ".partial-\(getpid())" : path
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        let descriptor = open(writtenPath, flags, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST, !replacing { throw .outputExists(path: path) }
            throw .outputFailed(path: path, errno: errno)
        }
        return ReportOutput(
            target: .file(
                descriptor: descriptor, writtenPath: writtenPath, finalPath: path,
                replaces: replacing))
    }

    /// The bytes written so far, as UTF-8 text (memory outputs only; empty otherwise).
    public var text: String { String(decoding: memory, as: UTF8.self) }

    /// The bytes written so far (memory outputs only).
    public var bytes: [UInt8] { memory }

    /// Appends `text`.
    public func write(_ text: String) throws(ReportError) {
        buffer.append(contentsOf: (showsOnTerminal ? TerminalSafeText.make(text) : text).utf8)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Appends raw bytes (the UTF-8 byte order mark).
    public func write(bytes: [UInt8]) throws(ReportError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Writes what is buffered and, for a file, syncs it and puts it in place.
    public func commit() throws(ReportError) {
        try flush()
        guard case .file(let descriptor, let writtenPath, let finalPath, let replaces) = target
        else { return }
        if fsync(descriptor) != 0 { throw failure(errno) }
        _ = close(descriptor)
        finished = true
        if replaces, rename(writtenPath, finalPath) != 0 {
            let code = errno
            _ = unlink(writtenPath)
            throw .outputFailed(path: finalPath, errno: code)
        }
    }

    /// Drops the export: the file being written is removed (never an older file).
    public func discard() {
        guard !finished else { return }
        finished = true
        if case .file(let descriptor, let writtenPath, _, _) = target {
            _ = close(descriptor)
            _ = unlink(writtenPath)
        }
    }

    private func flush() throws(ReportError) {
        defer { buffer.removeAll(keepingCapacity: true) }
        switch target {
        case .memory:
            memory.append(contentsOf: buffer)
        case .standardOutput:
            try writeAll(STDOUT_FILENO)
        case .file(let descriptor, _, _, _):
            try writeAll(descriptor)
        }
    }

    private func writeAll(_ descriptor: Int32) throws(ReportError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(errno)
            }
            offset += written
        }
    }

    private func failure(_ code: Int32) -> ReportError {
        switch target {
        case .file(_, _, let finalPath, _): return .outputFailed(path: finalPath, errno: code)
        case .standardOutput, .memory: return .outputFailed(path: "standard output", errno: code)
        }
    }
}

/// `write(2)`, reachable from inside `ReportOutput` whose own `write` hides it.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
