import CTimex
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The machine's own facts: a random `jid`, `gethostname`, the local offset from
/// `localtime_r`, the kernel's clock state from `adjtimex` (through `CTimex`) and
/// Foundation's current time zone. Constructed only where the program is wired
/// (`shodo`, `shodo-bench`, the fuzz programs).
public struct SystemMachineFacts: MachineFacts {
    public init() {}

    public func newJournalID() -> UUID { UUID() }

    public func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return bytes.isEmpty ? "unknown" : String(decoding: bytes, as: UTF8.self)
    }

    public func utcOffset(atWallSeconds wallSeconds: Int64) -> String {
        var seconds = time_t(wallSeconds)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return "+00:00" }
        return Self.offsetText(seconds: Int(parts.tm_gmtoff))
    }

    /// `seconds` east of UTC as `+09:00` / `-05:30` (whole minutes; seconds are dropped).
    static func offsetText(seconds offset: Int) -> String {
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        let hours = minutes / 60
        return sign + (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes % 60 < 10 ? "0" : "")
            + String(minutes % 60)
    }

    public func clockIsSynchronised() -> Bool {
        let reading = Self.kernelClockReading()
        return Self.isSynchronised(clockState: reading.state, status: reading.status)
    }

    /// One `adjtimex` reading that changes nothing: its result (`TIME_OK` … `TIME_ERROR`,
    /// or -1 when the kernel cannot be asked) and the status word (`STA_*` bits).
    static func kernelClockReading() -> (state: Int32, status: Int32) {
        var status: Int32 = 0
        let state = shodo_timex_read(&status)
        return (state, status)
    }

    /// The verdict on one `adjtimex` reading: synchronised when the call worked, the
    /// state is not `TIME_ERROR` and the status lacks `STA_UNSYNC`.
    static func isSynchronised(clockState: Int32, status: Int32) -> Bool {
        clockState >= 0 && clockState != shodo_timex_time_error()
            && status & shodo_timex_unsynchronised_flag() == 0
    }

    public func timeZone() -> TimeZone { TimeZone.current }
}
