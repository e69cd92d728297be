import RunbookModel
import Yams

/// A contact as parsed, with the position of its id for duplicate checks.
struct ParsedContact {
    var contact: Contact
    let idPosition: SourcePosition?
    let diagnostics: FileDiagnostics
    /// Whether the entry itself had an error; such a contact stays out of the library.
    let isValid: Bool
}
