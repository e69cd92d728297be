import ActionJournal
import Notation

/// JSON text for exports: compact, non-ASCII kept as UTF-8, only what JSON requires escaped.
///
/// ActionJournal keeps its serializer to itself (it hashes the bytes it writes); exports
/// are derived views and write their own objects.
enum JSONText {
    /// `text` as a quoted JSON string (the journal's own rule, `JSONString`).
    static func string(_ text: String) -> String {
        JSONString.quoted(text)
    }

    /// `value` as compact JSON.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return string(text)
        case .integer(let number): return String(number)
        case .double(let number): return number.isFinite ? number.description : "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let elements):
            return "[" + elements.map(Self.value).joined(separator: ",") + "]"
        case .object(let members): return object(members.map { ($0.name, Self.value($0.value)) })
        }
    }

    /// An object from names and already-encoded values, in the order given.
    static func object(_ members: [(String, String)]) -> String {
        var output = "{"
        for (index, member) in members.enumerated() {
            if index > 0 { output += "," }
            output += string(member.0)
            output += ":"
            output += member.1
        }
        output += "}"
        return output
    }

    /// A value as a person reads it in a cell: strings bare, anything else as JSON.
    static func display(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return Self.value(value)
    }
}
