import Foundation
import Localization
import RunbookModel
import Yams

/// Reads typed values out of nodes, reporting every value of the wrong shape at the value.
///
/// Scalars arrive untyped (see `YAMLComposer`): a number or boolean must be
/// written plain (`1`, `true`), while a string may be any non-null scalar, so
/// `title: 2024` is the words "2024".
struct ValueReader {
    let diagnostics: FileDiagnostics
    /// The language of a plain-string text.
    var defaultLanguage: String = LocalizedText.defaultLanguage
    /// Languages every text must have (`langs`).
    var requiredLanguages: [String] = []

    /// A non-null scalar, as written.
    func string(_ node: Node, key: String) -> String? {
        guard let string = node.nonNullScalarString else {
            diagnostics.report(
                .wrongType(key: key, expected: .string, found: node.foundDescription), at: node)
            return nil
        }
        return string
    }

    /// A plain decimal number no smaller than `minimum`.
    func integer(_ node: Node, key: String, minimum: Int? = nil) -> Int? {
        let expected: ExpectedValue =
            switch minimum {
            case nil: .integer
            case 0: .nonNegativeInteger
            default: .positiveInteger
            }
        guard node.isPlainScalar, let words = node.nonNullScalarString,
            let value = Self.decimal(words),
            value >= (minimum ?? Int.min)
        else {
            diagnostics.report(
                .wrongType(key: key, expected: expected, found: node.foundDescription), at: node)
            return nil
        }
        return value
    }

    /// A plain `true` or `false` (YAML 1.1's `yes`/`no` are accepted too).
    func boolean(_ node: Node, key: String) -> Bool? {
        if node.isPlainScalar, let words = node.nonNullScalarString {
            switch words.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        diagnostics.report(
            .wrongType(key: key, expected: .boolean, found: node.foundDescription), at: node)
        return nil
    }

    /// The items of a list.
    func list(_ node: Node, key: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            diagnostics.report(
                .wrongType(key: key, expected: .list, found: node.foundDescription), at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A list of strings; items of the wrong shape are reported and left out.
    func stringList(_ node: Node, key: String) -> [String]? {
        list(node, key: key)?.compactMap { string($0, key: key + "[]") }
    }

    /// A string of the id pattern `[a-z0-9][a-z0-9-]*`.
    func identifier(_ node: Node, key: String) -> String? {
        guard let value = string(node, key: key) else { return nil }
        guard Self.isIdentifier(value) else {
            diagnostics.report(.invalidIdentifier(key: key, value: value), at: node)
            return nil
        }
        return value
    }

    /// An `http://` or `https://` address without spaces.
    func webAddress(_ node: Node, key: String) -> String? {
        guard let value = string(node, key: key) else { return nil }
        let hasScheme = value.hasPrefix("https://") || value.hasPrefix("http://")
        let rest = value.drop { $0 != "/" }.dropFirst(2)
        guard hasScheme, !rest.isEmpty, !value.contains(where: \.isWhitespace) else {
            diagnostics.report(.invalidURL(value), at: node)
            return nil
        }
        return value
    }

    /// A language code such as `ja`, `en` or `pt-BR`.
    func languageCode(_ node: Node, key: String) -> String? {
        guard let value = string(node, key: key) else { return nil }
        guard Self.isLanguageCode(value) else {
            diagnostics.report(.invalidLanguageCode(value), at: node)
            return nil
        }
        return value
    }

    /// A value that must be one of an enumeration's spellings.
    func oneOf<Value: RawRepresentable<String>>(
        _ node: Node, key: String, unknown: (String) -> DiagnosticMessage
    ) -> Value? {
        guard let words = string(node, key: key) else { return nil }
        guard let value = Value(rawValue: words) else {
            diagnostics.report(unknown(words), at: node)
            return nil
        }
        return value
    }

    /// A text: a plain string in `defaultLanguage`, or a map from language code to
    /// string. Its `{{NAME}}`s are appended to `placeholders`; a language missing
    /// from `requiredLanguages` is reported at the text.
    func text(_ node: Node, key: String, placeholders: inout [PlaceholderUse]) -> LocalizedText? {
        var translations: [String: String] = [:]
        switch node {
        case .scalar:
            guard let words = nonEmptyWords(node, key: key, placeholders: &placeholders) else {
                return nil
            }
            translations[defaultLanguage] = words
        case .mapping(let mapping):
            // Walks Yams' pairs directly: texts are most of a file's nodes.
            for (languageNode, wordsNode) in mapping {
                guard let language = languageNode.nonNullScalarString, Self.isLanguageCode(language)
                else {
                    let written = languageNode.nonNullScalarString ?? languageNode.foundDescription
                    diagnostics.report(.invalidLanguageCode(written), at: languageNode)
                    continue
                }
                if let words = nonEmptyWords(
                    wordsNode, key: "\(key).\(language)", placeholders: &placeholders)
                {
                    translations[language] = words
                }
            }
            if mapping.isEmpty {
                diagnostics.report(.emptyText, at: node)
                return nil
            }
        case .sequence, .alias:
            diagnostics.report(
                .wrongType(key: key, expected: .text, found: node.foundDescription), at: node)
            return nil
        }
        let missing = requiredLanguages.filter { translations[$0] == nil }
        if !missing.isEmpty, !translations.isEmpty {
            diagnostics.report(.missingTranslation(languages: missing), at: node)
        }
        return translations.isEmpty ? nil : LocalizedText(translations)
    }

    /// A list of texts; items of the wrong shape are reported and left out.
    func textList(_ node: Node, key: String, placeholders: inout [PlaceholderUse])
        -> [LocalizedText]?
    {
        guard let items = list(node, key: key) else { return nil }
        return items.compactMap { text($0, key: key + "[]", placeholders: &placeholders) }
    }

    private func nonEmptyWords(_ node: Node, key: String, placeholders: inout [PlaceholderUse])
        -> String?
    {
        guard let words = node.nonNullScalarString else {
            let expected: ExpectedValue = node.isNull ? .text : .string
            diagnostics.report(
                .wrongType(key: key, expected: expected, found: node.foundDescription), at: node)
            return nil
        }
        if words.allSatisfy(\.isWhitespace) {
            diagnostics.report(.emptyText, at: node)
            return nil
        }
        placeholders += PlaceholderUse.names(in: words).map {
            PlaceholderUse(name: $0, position: node.position)
        }
        return words
    }

    /// `[a-z0-9][a-z0-9-]*`, checked by hand: it runs on every id of every file.
    static func isIdentifier(_ value: String) -> Bool {
        guard let first = value.utf8.first, isLowerAlphanumeric(first) else { return false }
        return value.utf8.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// `[A-Za-z0-9_][A-Za-z0-9_-]*`: an input field name.
    static func isFieldName(_ value: String) -> Bool {
        func isWordByte(_ byte: UInt8) -> Bool {
            isLowerAlphanumeric(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || byte == UInt8(ascii: "_")
        }
        guard let first = value.utf8.first, isWordByte(first) else { return false }
        return value.utf8.allSatisfy { isWordByte($0) || $0 == UInt8(ascii: "-") }
    }

    /// Two or three lowercase letters, then optional `-` subtags of 2 to 8 letters or digits.
    static func isLanguageCode(_ value: String) -> Bool {
        if Language(code: value) != nil { return true }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.utf8.count),
            primary.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.utf8.count)
                && part.unicodeScalars.allSatisfy {
                    $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
                }
        }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func decimal(_ words: String) -> Int? {
        let digits = words.hasPrefix("+") ? String(words.dropFirst()) : words
        guard !digits.isEmpty,
            digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else {
            return words.hasPrefix("-") ? Int(words) : nil
        }
        return Int(digits)
    }
}
