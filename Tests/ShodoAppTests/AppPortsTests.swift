import ActionJournal
import Foundation
import RunSession
import ShodoApp
import ShodoTestSupport
import Testing

/// The app reaches journals, keys and the machine only through the ports it is given.
@MainActor
@Suite struct AppPortsTests {
    /// A catalog that notes each question before passing it on.
    final class RecordingCatalog: JournalCatalog, @unchecked Sendable {
        private let lock = NSLock()
        private var asked: [String] = []
        let wrapped: any JournalCatalog

        init(_ wrapped: any JournalCatalog) {
            self.wrapped = wrapped
        }

        var questions: [String] { lock.withLock { asked } }

        private func note(_ question: String) { lock.withLock { asked.append(question) } }

        func summaries() -> [JournalRow] {
            note("summaries")
            return wrapped.summaries()
        }

        func timeline(path: String, expectedCode: VerificationCode?) -> JournalTimeline {
            note("timeline")
            return wrapped.timeline(path: path, expectedCode: expectedCode)
        }

        func drillJournalPaths() -> [String] {
            note("drillJournalPaths")
            return wrapped.drillJournalPaths()
        }

        func newestUnfinishedRun() -> UnfinishedRun? {
            note("newestUnfinishedRun")
            return wrapped.newestUnfinishedRun()
        }
    }

    @Test func theRunToResumeIsTheCatalogsNotTheNewJournalsDirectorys() throws {
        let first = AppHarness(route: .runbook("main"), language: "en")
        defer { first.directory.remove() }
        _ = first.drive(TestTerminal(keys: [.enter]))
        let unfinished = try #require(first.journalPath)
        // New journals would go to an empty directory; only the catalog knows the unfinished run.
        let elsewhere = TemporaryDirectory("shodo-app-elsewhere")
        defer { elsewhere.remove() }
        var environment = AppHarness.environment(
            directory: elsewhere, language: "en", operatorName: "Nurse B", memory: first.memory,
            clock: first.clock)
        let catalog = RecordingCatalog(
            DirectoryJournalCatalog(
                directory: first.directory.file("journals"), sealKeyFile: nil))
        environment.journalCatalog = catalog
        first.clock.advance(microseconds: 3_600_000_000)
        let terminal = TestTerminal(keys: [.character("y")])
        _ = EventLoop(
            terminal: terminal, controller: AppController(environment: environment, route: .triage)
        ).run()
        #expect(
            terminal.presentedGrids[0].lines().joined(separator: "\n").contains(
                "Resume the unfinished run?"))
        #expect(catalog.questions.contains("newestUnfinishedRun"))
        #expect(
            first.journalKinds.contains("run.resumed"),
            "the offered journal was resumed: \(unfinished)")
        #expect(
            !FileManager.default.fileExists(atPath: elsewhere.file("journals")),
            "no journal was started elsewhere")
    }

    @Test func aNewJournalIsSealedWithTheKeyStoreTheAppIsGiven() throws {
        let directory = TemporaryDirectory("shodo-app-sealed")
        defer { directory.remove() }
        let store = SealKeyStore(path: directory.file("keys/seal-key"))
        let firstKey = SealKey.random()
        defer { firstKey.erase() }
        try store.install(firstKey: firstKey, replacing: false)
        let harness = AppHarness(
            route: .runbook("guide"), language: "en", directory: directory, sealKeyStore: store)
        _ = harness.drive(TestTerminal(keys: [.enter]))
        let path = try #require(harness.journalPath)
        let open = try #require(try JournalReader(path: path).next())
        #expect(open.integer("seal_epoch") == 1, "sealed under the given store's epoch")
        #expect(try store.load()?.epoch == 2, "the given store's key moved on for the new journal")
        #expect(try JournalVerifier.verify(path: path, key: firstKey).isIntact)
    }
}
