import ActionJournal
import ShodoTestSupport
import Testing

/// Wall-clock steps are recorded and warned about; monotonic time is never faked.
struct ClockTests {
    @Test func wallClockSteppingBackIsRecordedAndWarned() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let clock = ManualJournalClock()
        let writer = try fixture.write(records: 3, clock: clock)
        clock.stepWallClock(microseconds: -3_600_000_000)
        let record = try writer.append(JournalFixture.draft(3))
        writer.close()

        #expect(record.seq == 4)
        let reader = try JournalReader(path: fixture.path)
        var records: [JournalRecord] = []
        try reader.forEach { records.append($0) }
        let stepped = records[3]
        #expect(stepped.kind == "clock.stepped")
        #expect(stepped.double("step_seconds") == -3600.0)
        #expect(stepped.message == "the wall clock stepped back 3600.000000 s")

        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(report.isIntact)
        #expect(report.warnings == [.wallClockSteppedBack(line: 4, seconds: 3600.0)])
        #expect(report.lines.contains("warning: line 4: the wall clock stepped back 3600.000000 s"))
    }

    @Test func smallWallClockAdjustmentsAreNotSteps() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let clock = ManualJournalClock()
        let writer = try fixture.write(records: 2, clock: clock)
        clock.stepWallClock(microseconds: -900_000)
        try writer.append(JournalFixture.draft(2))
        writer.close()
        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(report.isIntact && report.warnings.isEmpty && report.linesVerified == 3)
    }

    @Test func wallClockGoingBackAcrossARebootIsWarned() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let clock = ManualJournalClock()
        let writer = try fixture.write(records: 2, clock: clock)
        clock.reboot(bootID: "another-boot")
        clock.stepWallClock(microseconds: -7_200_000_000)
        let record = try writer.append(JournalFixture.draft(2))
        writer.close()
        #expect(record.kind == "step.done")  // no monotonic reference across boots
        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(report.isIntact)
        #expect(report.warnings == [.wallClockSteppedBack(line: 3, seconds: 7199.999)])
    }

    @Test func monotonicClockGoingBackWithinABootIsRefusedAndWritesNothing() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let clock = ManualJournalClock()
        let writer = try fixture.write(records: 2, clock: clock)
        defer { writer.close() }
        clock.instant.monotonicNanoseconds -= 10_000_000
        #expect(
            throws: JournalError.clockUnusable(
                path: fixture.path, reason: "the monotonic clock went backwards within one boot")
        ) {
            try writer.append(JournalFixture.draft(2))
        }
        #expect(!writer.hasFailed && writer.recordCount == 2)
        clock.advance(microseconds: 20_000)
        #expect(try writer.append(JournalFixture.draft(2)).seq == 2)
    }

    @Test func systemClockReadsTheBootIdAndMovesForward() {
        let clock = SystemJournalClock()
        let first = clock.now()
        let second = clock.now()
        #expect(!clock.bootID.isEmpty && first.bootID == clock.bootID)
        if let kernel = try? String(
            contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)
        {
            #expect(clock.bootID == kernel.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(clock.bootID.count == 36)
        }
        #expect(second.monotonicNanoseconds >= first.monotonicNanoseconds)
        #expect(first.wallMicroseconds > 1_700_000_000_000_000)
    }
}
