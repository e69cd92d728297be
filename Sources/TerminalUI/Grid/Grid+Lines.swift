extension Grid {
    /// The grid as text, one string per row, for tests and frame dumps.
    ///
    /// Wide trail cells contribute nothing, so each string's display width is
    /// the grid width (before trimming). Only ASCII spaces are trimmed.
    public func lines(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<size.height).map { index in
            var line = ""
            for cell in row(index) where cell.kind != .wideTrail {
                line += cell.text
            }
            guard trimmingTrailingSpaces else { return line }
            while line.hasSuffix(" ") {
                line.removeLast()
            }
            return line
        }
    }
}
