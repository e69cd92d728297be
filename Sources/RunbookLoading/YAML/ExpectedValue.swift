/// The shape a value should have had, named in a `wrongType` diagnostic.
public enum ExpectedValue: String, Sendable, Hashable, CaseIterable {
    case string
    case text
    case integer
    case positiveInteger
    case nonNegativeInteger
    case boolean
    case list
    case mapping

    /// The English words for it, as they appear in a message.
    public var phrase: String {
        switch self {
        case .string: "a string"
        case .text: "a text (a string, or a map from language code to string)"
        case .integer: "a whole number"
        case .positiveInteger: "a whole number greater than 0"
        case .nonNegativeInteger: "a whole number, 0 or more"
        case .boolean: "true or false"
        case .list: "a list"
        case .mapping: "a mapping of keys to values"
        }
    }
}
