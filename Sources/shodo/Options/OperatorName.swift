import Foundation
import Localization

/// Who is acting, for the journal's `actor`.
enum OperatorName {
    /// `--operator`, else asked on the terminal when there is one, else
    /// `$SHODO_OPERATOR` or `$USER` with a warning (a script must say who runs it).
    static func resolve(
        _ given: String?, language: Language,
        environment: [String: String] = ProcessInfo.processInfo.environment
    )
        -> String
    {
        if let given { return given }
        let ja = language == .japanese
        if isatty(STDIN_FILENO) == 1 {
            StandardStreams.write(ja ? "担当者の名前: " : "Operator name: ", to: STDERR_FILENO)
            if let line = readLine(), !line.trimmingCharacters(in: .whitespaces).isEmpty {
                return line.trimmingCharacters(in: .whitespaces)
            }
        }
        let fallback =
            environment["SHODO_OPERATOR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
        StandardStreams.error(
            ja
                ? "警告: 担当者名がないため「\(fallback)」として記録します（--operator で指定できます）。"
                : "warning: no operator name given; journaling as '\(fallback)' (use --operator NAME)."
        )
        return fallback
    }
}
