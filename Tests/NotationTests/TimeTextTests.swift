import Notation
import Testing

@Suite("Time as text")
struct TimeTextTests {
    /// 2025-11-21T19:35:22.5Z.
    static let instant: Int64 = 1_763_753_722_500_000

    @Test func aRecordedOffsetIsUsedAndAnUnreadableOneStaysUnknown() throws {
        let tokyo = RecordedOffset(recorded: "+09:00")
        #expect(tokyo == .known(try #require(UTCOffset(parsing: "+09:00"))))
        #expect(tokyo.civilTime(Self.instant).readableText == "2025-11-22 04:35:22+09:00")
        for text in ["Asia/Tokyo", "+9:00", "+09:60", "", "JST"] {
            #expect(RecordedOffset(recorded: text) == .unknown(text), "\(text)")
        }
        #expect(RecordedOffset(recorded: nil) == .unknown(nil))
        let unknown = RecordedOffset(recorded: "Asia/Tokyo")
        #expect(unknown.fieldsOffset == .utc)
        #expect(unknown.civilTime(Self.instant).minuteText == "2025-11-21 19:35")
    }

    @Test func civilTimeWritesEveryFormAndRFC3339ReadsItBack() throws {
        let offset = try #require(UTCOffset(parsing: "-05:30"))
        let time = CivilTime(microseconds: Self.instant, offset: offset)
        #expect(time.isoText == "2025-11-21T14:05:22.500000-05:30")
        #expect(time.minuteText == "2025-11-21 14:05")
        #expect(time.timeText == "14:05:22")
        #expect(RFC3339Time.microseconds(time.isoText) == Self.instant)
        #expect(RFC3339Time.microseconds("2025-11-21T19:35:22.5Z") == Self.instant)
        #expect(RFC3339Time.microseconds("2025-02-29T00:00:00Z") == nil, "2025 is no leap year")
        #expect(RFC3339Time.microseconds("2025-11-21T19:35:22") == nil, "an offset is required")
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(GregorianDays.isLeapYear(2024))
        #expect(!GregorianDays.isLeapYear(1900))
        #expect(GregorianDays.isLeapYear(2000))
        #expect(CalendarDate.isValid("2024-02-29"))
        #expect(!CalendarDate.isValid("1900-02-29"))
        #expect(!CalendarDate.isValid("2026-04-31"))
        #expect(!CalendarDate.isValid("2026-4-01"))
        #expect(GregorianDays.daysInMonth(year: 2000, month: 2) == 29)
    }

    @Test func durationsAsAClock() {
        #expect(ClockDuration.text(seconds: 65, minuteDigits: 2) == "01:05")
        #expect(ClockDuration.text(seconds: 65, minuteDigits: 1) == "1:05")
        #expect(ClockDuration.text(seconds: 3_725, minuteDigits: 1) == "1:02:05")
        #expect(ClockDuration.text(seconds: 3_725, minuteDigits: 2) == "1:02:05")
        #expect(ClockDuration.text(seconds: 0, minuteDigits: 2) == "00:00")
    }
}
