/// Whether a problem stops a file from being used (`error`) or only deserves a look (`warning`).
public enum DiagnosticSeverity: String, Sendable, Hashable, CaseIterable {
    case error
    case warning
}
