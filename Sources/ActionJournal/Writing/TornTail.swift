/// Where a crash left an unfinished final line: from `offset` to the end of the file.
struct TornTail: Sendable, Hashable {
    /// The first byte of the torn line.
    var offset: Int64
    /// Its length up to the end of the file.
    var length: Int64
    /// The line number it would have had.
    var line: Int
}
