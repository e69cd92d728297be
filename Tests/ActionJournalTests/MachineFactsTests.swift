import Foundation
import Testing

@testable import ActionJournal

/// The live machine facts, each checked against a source of its own; the clock's verdict
/// on crafted kernel answers.
struct MachineFactsTests {
    @Test func theHostNameIsTheKernels() throws {
        #if os(Linux)
            let kernel = try String(contentsOfFile: "/proc/sys/kernel/hostname", encoding: .utf8)
            #expect(
                SystemMachineFacts().hostName()
                    == kernel.trimmingCharacters(in: .whitespacesAndNewlines))
        #else
            #expect(SystemMachineFacts().hostName() == ProcessInfo.processInfo.hostName)
        #endif
    }

    @Test func theOffsetIsTheZonesOffsetAtThatInstant() {
        let facts = SystemMachineFacts()
        let zone = TimeZone.current
        // Winter, summer and now: a zone with daylight saving time differs between the first two.
        let now = Int64(Date().timeIntervalSince1970)
        for seconds: Int64 in [1_735_689_600, 1_751_328_000, now] {
            let east = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            let expected =
                (east < 0 ? "-" : "+")
                + String(format: "%02d:%02d", abs(east) / 3600, abs(east) % 3600 / 60)
            #expect(facts.utcOffset(atWallSeconds: seconds) == expected, "at \(seconds)")
        }
    }

    @Test(arguments: [
        (0, "+00:00"), (32_400, "+09:00"), (-19_800, "-05:30"), (20_700, "+05:45"),
        (-36_000, "-10:00"),
        (50_400, "+14:00"), (-3_599, "-00:59"),
    ])
    func offsetsAreWrittenWithSignHoursAndMinutes(seconds: Int, text: String) {
        #expect(SystemMachineFacts.offsetText(seconds: seconds) == text)
    }

    /// adjtimex's answers: TIME_OK 0, TIME_INS 1, TIME_DEL 2, TIME_OOP 3, TIME_WAIT 4, TIME_ERROR 5;
    /// STA_PLL 0x0001, STA_UNSYNC 0x0040, STA_NANO 0x2000.
    @Test(arguments: [
        (Int32(0), Int32(0x0001), true), (1, 0x2001, true), (4, 0, true),
        (0, 0x0040, false), (0, 0x2041, false), (5, 0, false), (-1, 0, false),
    ])
    func theClockIsSynchronisedOnlyWhenTheKernelSaysSo(
        state: Int32, status: Int32, synchronised: Bool
    ) {
        #expect(
            SystemMachineFacts.isSynchronised(clockState: state, status: status) == synchronised)
    }

    @Test func theKernelsClockAnswerIsReadFromItsOwnFields() {
        let reading = SystemMachineFacts.kernelClockReading()
        #if os(Linux)
            // A reading from the wrong place in `struct timex` shows as a state or status bits the kernel never gives.
            #expect((0...5).contains(reading.state), "adjtimex answered \(reading.state)")
            #expect(
                reading.status & ~0xFFFF == 0,
                "status \(String(reading.status, radix: 16)) has bits no STA_ flag uses")
        #else
            #expect(reading.state == -1)
        #endif
    }
}
