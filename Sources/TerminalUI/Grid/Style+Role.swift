extension Style {
    /// The meaning of a piece of text; the backend decides colour and attributes.
    public enum Role: Int, CaseIterable, Hashable, Sendable {
        /// Ordinary text.
        case normal
        /// The screen title line.
        case title
        /// A section header.
        case header
        /// Text of a caution (safety warning).
        case caution
        /// The border of a caution box.
        case cautionBorder
        /// The selected option in a list.
        case selection
        /// The bottom key-hint line (labels).
        case keyHint
        /// A key name inside a hint.
        case key
        /// The drill banner.
        case drillBanner
        /// An error message.
        case error
        /// A success message.
        case success
        /// Secondary text.
        case muted
        /// An editable input field.
        case inputField
        /// A guiding principle.
        case principle
        /// A verbatim command.
        case codeBlock
        /// The verification code drawn large.
        case bigCode
    }
}
