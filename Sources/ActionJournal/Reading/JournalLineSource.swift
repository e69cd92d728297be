#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cuts a journal into lines through a fixed buffer, never holding the whole file.
///
/// A line is handed out as a view valid until the next call. Bytes after the last
/// newline come out as a tail. A line longer than `maximumLineLength` is skipped and
/// reported, so a hostile file cannot make the reader allocate without bound.
final class JournalLineSource {
    /// What the source found next.
    enum Item {
        /// A complete line without its newline; `offset` is its first byte in the file.
        case line(UnsafeRawBufferPointer, offset: Int64, number: Int)
        /// A complete line too long to hold, skipped.
        case overlongLine(offset: Int64, number: Int)
        /// Bytes after the last newline: the file ends without one.
        case unterminatedTail(offset: Int64, length: Int64, number: Int)
    }

    /// No record is near this size; larger lines are refused, not buffered.
    static let maximumLineLength = 16 << 20
    private static let initialCapacity = 1 << 20

    private let descriptor: Int32?
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var startOffset: Int64 = 0
    private var readOffset: Int64 = 0
    private var reachedEndOfFile = false
    private var lineNumber = 0

    /// A source reading `descriptor` from offset 0 with `pread` (the descriptor's own
    /// offset is not moved, so a writer's descriptor can be read).
    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer = .allocate(byteCount: Self.initialCapacity, alignment: 16)
    }

    /// A source over bytes in memory (tests, and verifying data not in a file).
    init(bytes: [UInt8]) {
        descriptor = nil
        buffer = .allocate(byteCount: max(1, bytes.count), alignment: 16)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        end = bytes.count
        reachedEndOfFile = true
    }

    deinit { buffer.deallocate() }

    /// The next line or tail, `nil` at the end of the file.
    func next() throws(JournalOutputFailure) -> Item? {
        while true {
            if let newline = findNewline() {
                let line = UnsafeRawBufferPointer(rebasing: buffer[start..<newline])
                let offset = startOffset
                lineNumber += 1
                advanceStart(to: newline + 1)
                return .line(line, offset: offset, number: lineNumber)
            }
            if reachedEndOfFile {
                guard start < end else { return nil }
                let offset = startOffset
                let length = Int64(end - start)
                advanceStart(to: end)
                return .unterminatedTail(offset: offset, length: length, number: lineNumber + 1)
            }
            if end - start >= Self.maximumLineLength {
                return try skipOverlongLine()
            }
            try fill()
        }
    }

    private func findNewline() -> Int? {
        guard start < end, let base = buffer.baseAddress else { return nil }
        guard let found = memchr(base + start, 0x0A, end - start) else { return nil }
        return base.distance(to: found)
    }

    private func advanceStart(to index: Int) {
        startOffset += Int64(index - start)
        start = index
    }

    /// Reads more bytes after `end`, first moving the unread part to the front and
    /// growing the buffer when a line does not fit.
    private func fill() throws(JournalOutputFailure) {
        guard let descriptor else {
            reachedEndOfFile = true
            return
        }
        if start > 0 {
            if end > start, let base = buffer.baseAddress {
                memmove(base, base + start, end - start)
            }
            end -= start
            start = 0
        }
        if end == buffer.count {
            let larger = UnsafeMutableRawBufferPointer.allocate(
                byteCount: min(buffer.count * 2, Self.maximumLineLength + 1), alignment: 16)
            larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<end]))
            buffer.deallocate()
            buffer = larger
        }
        let free = UnsafeMutableRawBufferPointer(rebasing: buffer[end...])
        let count = try SystemFiles.readFully(descriptor, into: free, at: readOffset)
        if count == 0 { reachedEndOfFile = true }
        readOffset += Int64(count)
        end += count
    }

    /// Discards bytes up to the next newline without keeping them.
    private func skipOverlongLine() throws(JournalOutputFailure) -> Item {
        let offset = startOffset
        lineNumber += 1
        while true {
            if let newline = findNewline() {
                advanceStart(to: newline + 1)
                return .overlongLine(offset: offset, number: lineNumber)
            }
            advanceStart(to: end)
            if reachedEndOfFile {
                return .unterminatedTail(
                    offset: offset, length: startOffset - offset, number: lineNumber)
            }
            try fill()
        }
    }
}
