import Yams

extension Node {
    /// Whether this is YAML's null: an empty plain scalar, `~` or `null`.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else {
            return false
        }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The words of a scalar that is not null.
    var nonNullScalarString: String? {
        guard case .scalar(let scalar) = self, !isNull else { return nil }
        return scalar.string
    }

    /// Whether this scalar was written without quotes, where `1` is a number and `true` a boolean.
    var isPlainScalar: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain || scalar.style == .any
    }

    /// How a diagnostic names what was found instead of the expected value.
    var foundDescription: String {
        switch self {
        case .scalar(let scalar):
            if isNull { return "nothing" }
            let words =
                scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "'\(words)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

extension Node {
    /// Where this node starts.
    var position: SourcePosition? { mark.map(SourcePosition.init) }
}
