/// One call recorded by `contact.attempted`.
public struct ContactAttempt: Sendable, Hashable {
    /// The record.
    public let reference: RecordReference
    /// `contact`: the contact's id.
    public let contact: String
    /// `result`: `reached`, `no-answer` or `left-message`.
    public let result: String
    /// `note`, if any.
    public let note: String?
}
