/// The UTC offset a journal recorded (`tz` of `journal.open`), read so that a missing or
/// unreadable one stays unknown instead of silently becoming `+00:00`.
///
/// Every view of a journal — the terminal UI, `journal show`, the exports and reports —
/// shows its times in this offset, so the IT lead reads the times the night shift saw,
/// whatever zone the viewing machine is in.
public enum RecordedOffset: Sendable, Hashable {
    /// `tz` read as `±HH:MM` (or `Z`).
    case known(UTCOffset)
    /// No `tz`, or one that is not an offset; the text as found, when there was one.
    case unknown(String?)

    /// The offset of the recorded `tz` text (`nil`: the journal recorded none).
    public init(recorded text: String?) {
        if let text, let offset = UTCOffset(parsing: text) {
            self = .known(offset)
        } else {
            self = .unknown(text)
        }
    }

    /// The offset to compute calendar fields in: the recorded one, UTC when unknown
    /// (and then the view says so).
    public var fieldsOffset: UTCOffset {
        switch self {
        case .known(let offset): offset
        case .unknown: .utc
        }
    }

    /// The calendar fields of `microseconds` since the epoch in this offset (UTC when unknown).
    public func civilTime(_ microseconds: Int64) -> CivilTime {
        CivilTime(microseconds: microseconds, offset: fieldsOffset)
    }
}
