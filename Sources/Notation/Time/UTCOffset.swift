/// A fixed offset from UTC, as `journal.open` records it in `tz` (`+09:00`).
public struct UTCOffset: Sendable, Hashable, CustomStringConvertible {
    /// Seconds east of UTC.
    public let seconds: Int

    /// UTC itself.
    public static let utc = UTCOffset(seconds: 0)

    /// `+09:00`; UTC is `+00:00`, because Timesketch and ISO 8601 readers want an explicit offset.
    public let description: String

    /// An offset of `seconds` east of UTC.
    public init(seconds: Int) {
        self.seconds = seconds
        let magnitude = abs(seconds) / 60
        var text = seconds < 0 ? "-" : "+"
        DecimalDigits.append(Int64(magnitude / 60), count: 2, to: &text)
        text += ":"
        DecimalDigits.append(Int64(magnitude % 60), count: 2, to: &text)
        description = text
    }

    /// Reads `+09:00`, `-05:30` or `Z`; `nil` for anything else, so a bad `tz` is noticed.
    public init?(parsing text: String) {
        if text == "Z" {
            self.init(seconds: 0)
            return
        }
        let bytes = Array(text.utf8)
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes[3] == UInt8(ascii: ":"),
            [1, 2, 4, 5].allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
            let hours = Int(String(decoding: bytes[1...2], as: UTF8.self)),
            let minutes = Int(String(decoding: bytes[4...5], as: UTF8.self)),
            hours <= 23, minutes <= 59
        else { return nil }
        let magnitude = hours * 3600 + minutes * 60
        self.init(seconds: bytes[0] == UInt8(ascii: "-") ? -magnitude : magnitude)
    }
}
