import Notation

/// Something verification explains rather than condemns: reported, never fatal.
public enum VerificationWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file ends in a line a crash left unfinished (no newline, or NUL bytes).
    case tornFinalLine(line: Int, bytes: Int64)
    /// The wall clock went back relative to the monotonic clock (or, across a reboot,
    /// relative to the previous record) by `seconds` (a positive number).
    case wallClockSteppedBack(line: Int, seconds: Double)

    /// The warning as printed after `warning: `.
    public var description: String {
        switch self {
        case .tornFinalLine(_, let bytes):
            return "torn final line (\(bytes) bytes)"
        case .wallClockSteppedBack(let line, let seconds):
            return "line \(line): the wall clock stepped back \(Self.secondsText(seconds)) s"
        }
    }

    private static func secondsText(_ seconds: Double) -> String {
        let microseconds = Int64((seconds * 1_000_000).rounded())
        return String(microseconds / 1_000_000) + "."
            + DecimalDigits.padded(microseconds % 1_000_000, count: 6)
    }
}
