import Foundation
import RunbookModel

/// Checks an entered value against its input step's `type`, `required` and `pattern`.
///
/// The value is journaled exactly as typed; only the check folds full-width
/// ASCII (ＩＰ, １２３) to half width, because Japanese input methods produce it.
public enum InputValidator {
    /// `nil` when `value` is acceptable for `spec`.
    public static func problem(with value: String, for spec: InputSpec) -> InputProblem? {
        let folded = foldFullWidth(value)
        let trimmed = folded.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            return spec.required ? .empty : nil
        }
        if !matchesType(trimmed, spec.type) {
            return .notOfType(spec.type)
        }
        if let pattern = spec.pattern, !wholeMatch(value, pattern: pattern),
            !wholeMatch(folded, pattern: pattern)
        {
            return .patternMismatch(pattern)
        }
        return nil
    }

    /// Whether `value` (already trimmed and folded) is of `type`.
    public static func matchesType(_ value: String, _ type: InputType) -> Bool {
        switch type {
        case .text: !value.isEmpty
        case .number: isDecimalNumber(value)
        case .ip: IPAddressSyntax.isIPv4(value) || IPAddressSyntax.isIPv6(value)
        case .hostname: isHostname(value)
        case .datetime: DateTimeSyntax.isValid(value)
        case .phone: isPhoneNumber(value)
        }
    }

    /// Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to ASCII.
    static func foldFullWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value),
                let ascii = Unicode.Scalar(scalar.value - 0xFEE0)
            {
                scalars.append(ascii)
            } else if scalar.value == 0x3000 {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static func isDecimalNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if let first = body.first, first == "+" || first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !body.isEmpty else { return false }
        let digitsOnly = parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
        let someDigit = parts.contains { !$0.isEmpty }
        return digitsOnly && someDigit
    }

    static func isHostname(_ text: String) -> Bool {
        guard (1...253).contains(text.count) else { return false }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            guard (1...63).contains(label.count), label.first != "-", label.last != "-" else {
                return false
            }
            return label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    static func isPhoneNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        for prefix in ["内線", "ext.", "Ext.", "EXT."] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        let allowed = rest.allSatisfy { $0.isASCIIDigit || " +-()".contains($0) }
        return allowed && rest.contains(where: \.isASCIIDigit)
    }

    static func wholeMatch(_ text: String, pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: "^(?:\(pattern))$") else {
            return false
        }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return expression.firstMatch(in: text, range: range) != nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
