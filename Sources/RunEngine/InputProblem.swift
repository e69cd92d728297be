import Localization
import RunbookModel

/// Why an entered value was not accepted; the operator is asked again.
public enum InputProblem: Error, Sendable, Hashable {
    case empty
    case notOfType(InputType)
    case patternMismatch(String)

    /// The message shown next to the input field, in `language`.
    public func message(language: Language) -> String {
        let ja = language == .japanese
        switch self {
        case .empty:
            return ja ? "入力してください（空欄にはできません）。" : "Please enter a value (it cannot be empty)."
        case .notOfType(let type):
            return ja
                ? "形式が違います。\(Self.japaneseHint(type))" : "Wrong format. \(Self.englishHint(type))"
        case .patternMismatch(let pattern):
            return ja
                ? "決められた形式（\(pattern)）に合っていません。"
                : "The value does not match the required form (\(pattern))."
        }
    }

    private static func japaneseHint(_ type: InputType) -> String {
        switch type {
        case .text: "文字を入力してください。"
        case .number: "数字で入力してください（例: 12 または 3.5）。"
        case .ip: "IP アドレスで入力してください（例: 192.168.1.20）。"
        case .hostname: "端末名で入力してください（英数字と - と . だけ。例: HIS-51）。"
        case .datetime: "日時で入力してください（例: 2026-11-21 03:15 または 03:15）。"
        case .phone: "電話番号で入力してください（数字、-、+、( )。例: 03-1234-5678、内線 1234）。"
        }
    }

    private static func englishHint(_ type: InputType) -> String {
        switch type {
        case .text: "Enter some text."
        case .number: "Enter a number (e.g. 12 or 3.5)."
        case .ip: "Enter an IP address (e.g. 192.168.1.20 or fe80::1)."
        case .hostname: "Enter a host name (letters, digits, '-' and '.', e.g. HIS-51)."
        case .datetime: "Enter a date and time (e.g. 2026-11-21 03:15) or a time today (03:15)."
        case .phone:
            "Enter a phone number (digits, '-', '+', '( )', e.g. 03-1234-5678 or ext. 1234)."
        }
    }
}
