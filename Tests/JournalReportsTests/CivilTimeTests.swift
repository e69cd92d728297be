import JournalReports
import Notation
import Testing

@Suite("Calendar fields of journal times")
struct CivilTimeTests {
    @Test("Known instants in UTC and in the operator's offset")
    func knownInstants() throws {
        let anchor = CivilTime(microseconds: 1_795_289_722_328_169, offset: .utc)
        #expect(anchor.isoText == "2026-11-21T19:35:22.328169+00:00")
        #expect(anchor.monthFirstDateText == "11/21/2026")
        let tokyo = try #require(UTCOffset(parsing: "+09:00"))
        #expect(
            CivilTime(microseconds: 1_795_289_722_328_169, offset: tokyo).readableText
                == "2026-11-22 04:35:22+09:00")
        #expect(
            CivilTime(microseconds: 0, offset: .utc).isoText == "1970-01-01T00:00:00.000000+00:00")
        #expect(
            CivilTime(microseconds: -1, offset: .utc).isoText == "1969-12-31T23:59:59.999999+00:00")
        #expect(CivilTime(microseconds: 951_782_400_000_000, offset: .utc).dateText == "2000-02-29")
        let india = UTCOffset(parsing: "+05:30")
        #expect(india?.seconds == 19_800)
        #expect(UTCOffset(parsing: "-03:30")?.description == "-03:30")
        #expect(UTCOffset(parsing: "JST") == nil)
    }

    @Test("Every day of four years round-trips through an independent parser")
    func agreesWithCalendar() {
        var microseconds: Int64 = 1_700_000_000_123_456
        for _ in 0..<(4 * 366) {
            let text = CivilTime(microseconds: microseconds, offset: UTCOffset(seconds: 32_400))
                .isoText
            #expect(ISODateTime.microseconds(text) == microseconds)
            microseconds += 86_400_000_000 + 3_600_000_001
        }
    }
}
