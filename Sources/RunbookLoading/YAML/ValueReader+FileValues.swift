import RunbookModel
import Yams

extension ValueReader {
    /// A drill DURATION (`90s`, `5m`, `1h30m`) in whole seconds.
    func duration(_ node: Node, key: String) -> Int? {
        guard let words = string(node, key: key) else { return nil }
        guard let seconds = Self.durationSeconds(words) else {
            diagnostics.report(.invalidDuration(words), at: node)
            return nil
        }
        return seconds
    }

    /// Hours, minutes and seconds, each at most once and in that order, each a run
    /// of digits and its letter (`1h30m`, `90s`, `2m30s`); `nil` for anything else.
    static func durationSeconds(_ words: String) -> Int? {
        let units: [(letter: Character, seconds: Int)] = [("h", 3600), ("m", 60), ("s", 1)]
        var total = 0
        var digits = ""
        var nextUnit = 0
        for character in words {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            guard let unit = units.indices.first(where: { units[$0].letter == character }),
                unit >= nextUnit,
                let value = Int(digits), digits.count <= 6
            else { return nil }
            total += value * units[unit].seconds
            nextUnit = unit + 1
            digits = ""
        }
        return digits.isEmpty && nextUnit > 0 ? total : nil
    }
}

extension ValueReader {
    /// A reader for the texts of a file whose top level is `mapping`: plain strings
    /// are in its `lang` (`ja` when absent), and every text must have each of its `langs`.
    static func forFile(_ mapping: MappingReader, diagnostics: FileDiagnostics) -> ValueReader {
        var values = ValueReader(diagnostics: diagnostics)
        values.defaultLanguage =
            mapping["lang"].flatMap { values.languageCode($0, key: "lang") }
            ?? LocalizedText.defaultLanguage
        values.requiredLanguages =
            mapping["langs"].flatMap { node in
                values.list(node, key: "langs")?.compactMap {
                    values.languageCode($0, key: "langs[]")
                }
            } ?? []
        return values
    }
}
