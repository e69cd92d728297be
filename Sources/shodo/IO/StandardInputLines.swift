import Foundation
import RunEngine
import RunSession

/// Action lines from standard input; each line is handed out as soon as its
/// newline arrives, and nothing past the last line handed out is lost (docs/cli.md "Headless action protocol":
/// the program never reads ahead).
///
/// How that holds depends on what standard input is:
/// - a regular file is read in blocks, and `giveBackUnreadInput()` moves the
///   file offset back over bytes read past the last line, so a command run after
///   this one on the same input (`{ shodo run …; shodo resume …; } < actions`)
///   reads exactly the rest;
/// - a terminal is read in blocks too: in canonical mode one `read` returns at
///   most one line, so nothing typed ahead is taken;
/// - anything else (a pipe, a socket, a FIFO) cannot take bytes back, so it is
///   read one byte at a time, which stays cheap because no line may be longer than
///   `maximumLineBytes`.
///
/// Ends (returns `nil`) at end of input and when a stop signal arrived; waits
/// with `poll` so a signal that lands between checks is noticed within a second.
struct StandardInputLines: LineSource {
    /// The longest line kept: an action word, a contact id and the longest text
    /// an action may carry. A longer line is handed out cut at this length (its
    /// text is then refused as too long) and the rest of it is never acted on.
    static let maximumLineBytes = OperatorAction.maximumTextBytes + 1024
    private static let blockSize = 64 * 1024

    let descriptor: Int32 = STDIN_FILENO
    private let readsBlocks: Bool
    /// Bytes read but not yet handed out.
    private var pending: [UInt8] = []
    /// How many bytes of `pending` are known to hold no newline.
    private var searched = 0
    private var reachedEnd = false
    /// The line handed out last was cut short; the rest of it is skipped, not acted on.
    private var skippingRestOfLine = false

    init() {
        var status = stat()
        let isRegularFile = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        readsBlocks =
            (isRegularFile && lseek(descriptor, 0, SEEK_CUR) >= 0) || isatty(descriptor) == 1
    }

    /// What is served while waiting, during `nextLine(serving:)`.
    private var service: (any WaitingService)?
    private var serviceAskedToStop = false

    mutating func nextLine(serving service: any WaitingService) -> String? {
        self.service = service
        serviceAskedToStop = false
        defer { self.service = nil }
        if service.serve() { return nil }
        let line = nextLine()
        return serviceAskedToStop ? nil : line
    }

    mutating func nextLine() -> String? {
        while true {
            if let newline = pending[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                searched = 0
                if skippingRestOfLine {
                    skippingRestOfLine = false
                    continue
                }
                return String(decoding: line, as: UTF8.self)
            }
            searched = pending.count
            if pending.count > Self.maximumLineBytes, !skippingRestOfLine {
                skippingRestOfLine = true
                let line = Array(pending[..<Self.maximumLineBytes])
                pending.removeSubrange(..<Self.maximumLineBytes)
                searched = pending.count
                return String(decoding: line, as: UTF8.self)
            }
            if skippingRestOfLine {
                pending.removeAll(keepingCapacity: true)
                searched = 0
            }
            if !reachedEnd, readMore() { continue }
            if SignalTrap.pending != 0 || serviceAskedToStop { return nil }
            // A last line without its newline still counts; nothing at all is the end.
            reachedEnd = true
            defer { pending.removeAll() }
            return pending.isEmpty || skippingRestOfLine
                ? nil : String(decoding: pending, as: UTF8.self)
        }
    }

    /// Moves a regular file's offset back over the bytes read past the last line
    /// handed out, so whatever reads standard input next starts at the next line.
    mutating func giveBackUnreadInput() {
        guard readsBlocks, !pending.isEmpty, lseek(descriptor, -off_t(pending.count), SEEK_CUR) >= 0
        else { return }
        pending.removeAll()
        searched = 0
    }

    /// Reads what is there (waiting for it); false at end of input, on an error,
    /// or when a stop signal is pending.
    private mutating func readMore() -> Bool {
        let size = readsBlocks ? Self.blockSize : 1
        var block = [UInt8](repeating: 0, count: size)
        while true {
            if SignalTrap.pending != 0 { return false }
            var pollers =
                [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
                + (service?.pollDescriptors ?? [])
            let ready = poll(&pollers, nfds_t(pollers.count), 1000)
            if ready < 0 {
                if errno == EINTR { continue }
                return false
            }
            if let service, ready == 0 || pollers.dropFirst().contains(where: { $0.revents != 0 }),
                service.serve()
            {
                serviceAskedToStop = true
                return false
            }
            if pollers[0].revents == 0 { continue }
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, size) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { return false }
            pending.append(contentsOf: block[..<count])
            return true
        }
    }
}
