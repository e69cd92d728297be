/// Someone to call, from a contacts file.
public struct Contact: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var phones: [String]
    public var hours: String?
    public var url: String?
    public var notes: LocalizedText?
    public var priorContractRequired: Bool?
    /// `YYYY-MM-DD`: when someone last checked that the entry is right.
    public var lastVerified: String?
    public var tier: String?

    public init(
        id: String, name: LocalizedText, phones: [String] = [], hours: String? = nil,
        url: String? = nil, notes: LocalizedText? = nil, priorContractRequired: Bool? = nil,
        lastVerified: String? = nil, tier: String? = nil
    ) {
        self.id = id
        self.name = name
        self.phones = phones
        self.hours = hours
        self.url = url
        self.notes = notes
        self.priorContractRequired = priorContractRequired
        self.lastVerified = lastVerified
        self.tier = tier
    }
}
