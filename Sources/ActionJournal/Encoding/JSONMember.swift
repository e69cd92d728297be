/// One `"name": value` member of a JSON object, in the order it was written.
public struct JSONMember: Sendable, Hashable {
    /// The member's name, unescaped.
    public let name: String
    /// The member's value.
    public let value: JSONValue

    /// A member named `name` holding `value`.
    public init(name: String, value: JSONValue) {
        self.name = name
        self.value = value
    }
}
