import Foundation

/// Whether an input step's `pattern` compiles as a regular expression.
enum PatternCheck {
    /// Whether `pattern` compiles with `NSRegularExpression`, the engine the run uses.
    static func compiles(_ pattern: String) -> Bool {
        (try? NSRegularExpression(pattern: pattern)) != nil
    }
}
