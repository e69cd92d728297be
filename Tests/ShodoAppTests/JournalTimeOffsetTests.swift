import ActionJournal
import Foundation
import Localization
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// The terminal UI shows a journal's times in the offset the journal recorded (`tz` of
/// `journal.open`), as `journal show` and the reports do, never in the viewing machine's
/// zone; a journal that recorded no readable offset is shown in UTC and says so.
@MainActor
@Suite struct JournalTimeOffsetTests {
    /// 2025-11-21T19:35:22Z: 2025-11-22 04:35:22 in Tokyo.
    private static let openedAt: Int64 = 1_763_753_722_000_000

    /// A journal of `main` opened at `openedAt` with `tz` (none when nil), one record a minute; finished or not.
    private func writeJournal(in harness: AppHarness, tz: String?, finished: Bool) throws {
        let directory = harness.directory.file("journals")
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        let clock = ManualJournalClock(
            wallMicroseconds: Self.openedAt, tickMicroseconds: 60_000_000)
        let zone = tz.map { [JSONMember(name: "tz", value: .string($0))] } ?? []
        let writer = try JournalWriter.create(
            path: directory + "/20251121T193522Z-main-a.jsonl", jid: UUID(), actor: "Nurse A",
            message: "journal opened",
            openPayload: [JSONMember(name: "drill", value: .bool(false))] + zone, clock: clock)
        defer { writer.close() }
        try writer.append(
            RecordDraft(
                kind: "run.started", actor: "Nurse A", message: "started main",
                payload: [JSONMember(name: "runbook", value: .string("main"))]))
        if finished {
            try writer.append(
                RecordDraft(
                    kind: "run.ended", actor: "Nurse A", message: "run ended: resolved",
                    payload: [JSONMember(name: "outcome", value: .string("resolved"))]))
        }
    }

    private func press(_ key: Key, _ harness: AppHarness) {
        harness.controller.handle(Keymap.intent(for: key, in: harness.controller.state))
    }

    private func lines(_ harness: AppHarness) -> [String] {
        AppRenderer.render(harness.controller.state, size: Size(width: 80, height: 24)).grid.lines()
    }

    /// The browser row, the timeline's title and its rows, after opening the only journal.
    private func browserAndTimeline(tz: String?, language: Language) throws -> (
        browser: [String], timeline: [String]
    ) {
        let harness = AppHarness(route: .triage, language: language)
        try writeJournal(in: harness, tz: tz, finished: true)
        harness.controller.begin()
        press(.character("l"), harness)
        let browser = lines(harness)
        press(.enter, harness)
        return (browser, lines(harness))
    }

    @Test func theBrowserAndTheTimelineShowTimesInTheOffsetTheJournalRecorded() throws {
        let (browser, timeline) = try browserAndTimeline(tz: "+09:00", language: "en")
        #expect(browser[2].hasPrefix(" > 1. 2025-11-22 04:35 main"), "\(browser)")
        #expect(timeline[0].hasPrefix(" Journal: main (2025-11-22 04:35)"), "\(timeline)")
        #expect(
            timeline.contains { $0.hasPrefix("    0 04:35:22 Nurse A    journal.open") },
            "\(timeline)")
        #expect(
            timeline.contains { $0.hasPrefix("    1 04:36:22 Nurse A    run.started") },
            "\(timeline)")
    }

    @Test(arguments: [
        (Language.english, "(2025-11-21 19:35 UTC, tz unknown)"),
        (Language.japanese, "（2025-11-21 19:35 UTC・時差不明）"),
    ])
    func aJournalWithAnUnreadableOffsetIsShownInUTCAndSaysSo(language: Language, title: String)
        throws
    {
        for tz in ["Asia/Tokyo", nil] {
            let (_, timeline) = try browserAndTimeline(tz: tz, language: language)
            #expect(timeline[0].contains(title), "tz \(tz ?? "missing"): \(timeline[0])")
            #expect(timeline.contains { $0.hasPrefix("    0 19:35:22 Nurse A") }, "\(timeline)")
        }
    }

    @Test func theResumeOfferGivesTheLastActionInTheJournalsOffset() throws {
        let harness = AppHarness(route: .triage, language: "en")
        try writeJournal(in: harness, tz: "-05:00", finished: false)
        harness.controller.begin()
        guard case .resumeOffer(let offer) = harness.controller.state.screen else {
            Issue.record("no resume offer for the unfinished run")
            return
        }
        #expect(offer.lastActivity == "2025-11-21 14:36")
    }
}
