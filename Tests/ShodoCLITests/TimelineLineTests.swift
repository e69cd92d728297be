import Testing

@testable import shodo

/// `journal show` writes each time in the offset the journal recorded; one it cannot
/// read is not passed off as `+00:00`.
@Suite struct TimelineLineTests {
    /// 2025-11-21T19:35:22Z.
    static let instant: Int64 = 1_763_753_722_000_000

    @Test func timesAreInTheRecordedOffset() {
        #expect(
            TimelineLine.localTime(Self.instant, offset: "+09:00") == "2025-11-22 04:35:22+09:00")
        #expect(
            TimelineLine.localTime(Self.instant, offset: "-05:00") == "2025-11-21 14:35:22-05:00")
    }

    @Test(arguments: ["Asia/Tokyo", "+9", "garbage\u{1B}[2J"])
    func anUnreadableOffsetLeavesTheTimeInUTCAndSaysSo(_ offset: String) {
        #expect(
            TimelineLine.localTime(Self.instant, offset: offset)
                == "2025-11-21 19:35:22 UTC, tz unknown")
    }
}
