import Foundation
import RunSession

/// Action lines from standard input, read one byte at a time so the program
/// never consumes input beyond the line it is carrying out (cli.md).
///
/// Ends (returns `nil`) at end of input and when a stop signal arrived; waits
/// with `poll` so a signal that lands between checks is noticed within a second.
struct StandardInputLines: LineSource {
    let descriptor: Int32 = STDIN_FILENO

    mutating func nextLine() -> String? {
        var bytes: [UInt8] = []
        while true {
            if SignalTrap.pending != 0 { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 1000)
            if ready == 0 { continue }
            if ready < 0 {
                if errno == EINTR { continue }
                return finish(bytes)
            }
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count < 0 {
                if errno == EINTR { continue }
                return finish(bytes)
            }
            if count == 0 { return finish(bytes) }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }

    /// A last line without its newline still counts; nothing at all is the end.
    private func finish(_ bytes: [UInt8]) -> String? {
        bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
