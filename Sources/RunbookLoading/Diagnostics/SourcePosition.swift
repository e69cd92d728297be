import Yams

/// A 1-based line and column as Yams gives them: the column counts Unicode scalars.
///
/// `FileDiagnostics` turns the column into one that counts characters.
struct SourcePosition: Hashable, Comparable {
    let line: Int
    let column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }

    static func < (left: SourcePosition, right: SourcePosition) -> Bool {
        (left.line, left.column) < (right.line, right.column)
    }
}
