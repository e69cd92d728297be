import Foundation
import RunbookLoading

/// Writes loader diagnostics to standard error, one `FILE:LINE:COLUMN:` line each.
enum Diagnostics {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            StandardStreams.error(diagnostic.description)
        }
    }
}
