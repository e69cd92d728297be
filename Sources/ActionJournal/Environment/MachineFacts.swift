import Foundation

/// What a journal records about the machine it is written on: a new journal's id, the
/// host, the time zone and whether the clock is synchronised (`journal.open`'s `jid`,
/// `host`, `tz` and `clock_sync`, an evidence item's `location`, an entered time's offset).
///
/// A port: no module reaches these facts but through it. The live values
/// (`SystemMachineFacts`) are wired only in `shodo` (and in `shodo-bench` and the fuzz
/// programs); tests give fixed ones (`ShodoTestSupport`).
public protocol MachineFacts: Sendable {
    /// A new journal's id (`jid`), used by no other journal.
    func newJournalID() -> UUID
    /// The host name, or "unknown" when the system will not say.
    func hostName() -> String
    /// The local UTC offset at `wallSeconds` (seconds since 1970) as `+09:00` / `-05:30`.
    func utcOffset(atWallSeconds wallSeconds: Int64) -> String
    /// Whether the kernel considers the clock synchronised to a time source; `false`
    /// when it says unsynchronised or cannot be asked.
    func clockIsSynchronised() -> Bool
    /// The zone local times are shown in.
    func timeZone() -> TimeZone
}
