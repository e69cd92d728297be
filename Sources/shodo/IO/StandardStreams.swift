import Foundation
import RunSession
import TerminalSafety

/// Plain writes to standard output and error, flushed at once: a driving
/// program reads each step as soon as the action before it is journaled.
///
/// Everything the program prints passes here and through `TerminalSafeText`:
/// notes, values, operator names, runbook text, file names and diagnostics that
/// echo a file never reach a terminal as a control sequence.
enum StandardStreams {
    static func output(_ line: String) {
        write(line + "\n", to: STDOUT_FILENO)
    }

    static func error(_ line: String) {
        write(line + "\n", to: STDERR_FILENO)
    }

    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(TerminalSafeText.make(text).utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes {
                Foundation.write(descriptor, $0.baseAddress, $0.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// Standard output as a `TextSink`.
final class StandardOutputSink: TextSink {
    let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    func write(_ text: String) {
        StandardStreams.write(text, to: descriptor)
    }
}
