/// A size in terminal cells: `width` columns by `height` rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// A size of `width` columns by `height` rows.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// `WxH`, the form the logs and the spec use (e.g. `80x24`).
    public var description: String { "\(width)x\(height)" }
}
