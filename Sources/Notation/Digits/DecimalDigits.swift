/// Numbers written with leading zeros to a fixed number of digits: the one zero padding
/// of dates, times, offsets, durations and fractions.
public enum DecimalDigits {
    /// Appends the ASCII digits of `value` (negative counts as 0) with leading zeros to
    /// `count` digits; a longer number is written whole.
    @inlinable
    public static func append(_ value: Int64, count: Int, to bytes: inout [UInt8]) {
        let value = Swift.max(value, 0)
        var width = 1
        var limit: Int64 = 10
        while value >= limit, width < 18 {
            width += 1
            limit *= 10
        }
        let total = Swift.max(width, count)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: total))
        var rest = value
        var index = start + total - 1
        while rest > 0 {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            index -= 1
        }
    }

    /// Appends `value` with leading zeros to `count` digits (a negative value gets a `-`).
    public static func append(_ value: Int64, count: Int, to text: inout String) {
        text += padded(value, count: count)
    }

    /// `value` with leading zeros to `count` digits (a negative value gets a `-`).
    public static func padded(_ value: Int64, count: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: Swift.max(0, count - digits.count))
        return (value < 0 ? "-" : "") + zeros + digits
    }

    /// `value` with leading zeros to `count` digits (a negative value gets a `-`).
    public static func padded(_ value: Int, count: Int) -> String {
        padded(Int64(value), count: count)
    }
}
