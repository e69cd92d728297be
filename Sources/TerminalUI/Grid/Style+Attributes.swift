extension Style {
    /// Text attributes every terminal can show without colour.
    public struct Attributes: OptionSet, Hashable, Sendable {
        /// The raw bits.
        public let rawValue: UInt8

        /// Attributes from raw bits.
        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// Bold (or bright) text.
        public static let bold = Attributes(rawValue: 1 << 0)
        /// Foreground and background swapped.
        public static let reverse = Attributes(rawValue: 1 << 1)
        /// Underlined text.
        public static let underline = Attributes(rawValue: 1 << 2)
    }
}
