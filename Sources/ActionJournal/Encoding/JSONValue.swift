/// A JSON value as the journal stores it: objects keep their members in order.
///
/// Integers that fit `Int64` are `integer`; every other number is `double`. Objects are
/// lists of members rather than dictionaries because the journal hashes the bytes as
/// written, and the writer writes members in the order it was given them.
public enum JSONValue: Sendable, Hashable {
    /// A string (any Unicode; written as raw UTF-8).
    case string(String)
    /// A whole number that fits `Int64`.
    case integer(Int64)
    /// Any other number; must be finite to be written.
    case double(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSONValue])
    /// An object whose members keep their order.
    case object([JSONMember])
}
