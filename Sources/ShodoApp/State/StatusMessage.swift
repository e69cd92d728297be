/// The one line above the key hints that says what just happened.
public struct StatusMessage: Hashable, Sendable {
    /// The sentence shown.
    public var text: String
    /// True for a refusal or problem (drawn with `!!` and the error style), false for news.
    public var isError: Bool

    /// A message; `isError` decides its marker and style.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
