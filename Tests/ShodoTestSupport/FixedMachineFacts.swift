import ActionJournal
import Foundation

/// Machine facts a test chooses: the host, offset, clock state and zone are fixed, so
/// a journal says the same whatever machine runs the test. Each new journal gets a
/// fresh random id unless `journalID` fixes it (then every journal gets that one).
public struct FixedMachineFacts: MachineFacts {
    public var host: String
    public var offset: String
    public var synchronised: Bool
    public var zone: TimeZone
    public var journalID: UUID?

    public init(
        host: String = "test-host", offset: String = "+00:00", synchronised: Bool = true,
        zone: TimeZone = TimeZone(secondsFromGMT: 0) ?? .gmt, journalID: UUID? = nil
    ) {
        self.host = host
        self.offset = offset
        self.synchronised = synchronised
        self.zone = zone
        self.journalID = journalID
    }

    public func newJournalID() -> UUID { journalID ?? UUID() }
    public func hostName() -> String { host }
    public func utcOffset(atWallSeconds wallSeconds: Int64) -> String { offset }
    public func clockIsSynchronised() -> Bool { synchronised }
    public func timeZone() -> TimeZone { zone }
}
