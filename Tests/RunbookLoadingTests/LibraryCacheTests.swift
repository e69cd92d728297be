import Foundation
import RunbookModel
import Testing

@testable import RunbookLoading

/// The library cache: a hit gives exactly what parsing gives, anything changed
/// or damaged is a miss, and nothing about the cache can fail a load.
@Suite("Library cache")
struct LibraryCacheTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let bundledRunbooks = repositoryRoot + "/Runbooks"
    static let contactsTemplate = repositoryRoot + "/assets/contacts.example.yaml"

    /// A runbook that uses every field the model has, so a field the cache forgot fails the round trip.
    static let everyField = """
        format: 1
        id: every-field
        version: 3
        title: {ja: 全項目, en: Every field}
        summary: {ja: 要約, en: Summary}
        lang: ja
        langs: [ja, en]
        severity: high
        roles: [night-shift, it]
        triggers:
          - {ja: きっかけ, en: Trigger}
        tags: [drill, sample]
        estimated_minutes: 7
        references:
          - {title: {ja: 参考, en: Reference}, url: "https://example.org/guide"}
        milestones:
          - {id: isolated, label: {ja: 切り離した, en: Isolated}}
          - {id: it-called, label: {ja: 連絡がついた, en: IT reached}}
        must_reach:
          - {milestone: isolated, within_steps: 9}
          - {milestone: isolated}
        steps:
          - id: note
            title: {ja: 説明, en: Note}
            milestone: isolated
            body: {ja: 本文, en: Body}
            why: {ja: 理由, en: Why}
            caution: {ja: 注意, en: Caution}
            role: night-shift
            estimated_minutes: 2
          - id: ask
            kind: input
            field: pc_label
            type: hostname
            pattern: "^[A-Z0-9-]+$"
            required: false
            title: {ja: 端末名, en: PC name}
          - id: pick
            kind: choice
            title: {ja: 選ぶ, en: Pick}
            options:
              - {id: wired, label: {ja: 有線, en: Wired}, next: look, milestone: it-called}
              - {id: wifi, label: {ja: 無線, en: Wi-Fi}}
          - id: look
            kind: check
            title: {ja: 確認, en: Look}
            expect: {ja: 消えている, en: It is off}
            on_fail: call
          - id: call
            kind: contact
            title: {ja: 連絡, en: Call}
            contacts: [it-oncall]
          - id: hold
            kind: wait
            seconds: 30
            title: {ja: 待つ, en: Wait}
          - id: collect
            kind: command
            command: "ipconfig /all"
            platform: windows
            run: local
            on_unable: done
            title: {ja: 記録, en: Record}
            next: done
          - id: done
            kind: end
            outcome: escalated
            title: {ja: 終わり, en: Done}
        """

    /// A drill scenario over `everyField` that uses every key and every trigger.
    static let everyScenarioField = """
        format: 1
        scenario: every-field-drill
        version: 4
        title: {ja: 訓練, en: Drill}
        summary: {ja: 要約, en: Summary}
        lang: ja
        langs: [ja, en]
        type: tabletop
        runbook: every-field
        exercises: ["確認表 1-2"]
        roles: [{id: nurse, label: {ja: 看護師, en: Nurse}}]
        story: {ja: 話, en: Story}
        contacts: [{contact: it-oncall, script: {ja: 行きます, en: Coming}, reachable_after: 5m}]
        injects:
          - {id: a, text: {ja: あ, en: A}, to: nurse, at: 90s}
          - {id: b, text: {ja: い, en: B}, after_step: {runbook: every-field, step: note}, delay: 1m}
          - {id: c, text: {ja: う, en: C}, on_choice: {step: pick, option: wifi}, delay: 2m}
          - {id: d, text: {ja: え, en: D}, unless: {milestone: it-called, by: 15m}}
          - {id: e, text: {ja: お, en: E}, manual: true}
        expectations: [{milestone: isolated, target: 10m, required: false}]
        rating: psmu
        modules: [{id: m, title: {ja: 題, en: Title}, minutes: 10, questions: [{ja: 問, en: Question}]}]
        hot_wash: [{ja: 振り返り, en: Hot wash}]
        """

    static let contacts = """
        format: 1
        contacts:
          - id: it-oncall
            name: {ja: 情報システム当番, en: IT on-call}
            phones: ["内線 1234", "090-0000-0000"]
            hours: "24/365"
            url: "https://example.org/it"
            notes: {ja: 夜間も可, en: Nights too}
            prior_contract_required: true
            last_verified: 2026-11-01
            tier: internal
        """

    @Test func theBundledLibraryComesBackFromTheCacheExactlyAsParsed() throws {
        let workspace = try TestWorkspace()
        let cache = LibraryCache(
            path: workspace.directory + "/cache/library.cache", programIdentity: "test",
            settleSeconds: 0)
        let parsed = RunbookLoader().load(
            directories: [Self.bundledRunbooks], contactsFiles: [Self.contactsTemplate])
        try #require(parsed.diagnostics.isEmpty)
        let first = RunbookLoader().load(
            directories: [Self.bundledRunbooks], contactsFiles: [Self.contactsTemplate],
            cache: cache)
        #expect(FileManager.default.fileExists(atPath: cache.path))
        let second = RunbookLoader().load(
            directories: [Self.bundledRunbooks], contactsFiles: [Self.contactsTemplate],
            cache: cache)
        #expect(first.library == parsed.library)
        #expect(second.library == parsed.library)
        #expect(second.diagnostics.isEmpty && second.checkedFileCount == parsed.checkedFileCount)
        #expect(second.library.runbooks.count >= 12 && !second.library.firstPrinciples.isEmpty)
    }

    @Test func everyModelFieldSurvivesTheCache() throws {
        let workspace = try TestWorkspace()
        try workspace.write("runbooks/every-field.yaml", Self.everyField)
        try workspace.write("runbooks/drill.yaml", Self.everyScenarioField)
        let contacts = try workspace.write("contacts.yaml", Self.contacts)
        let runbooks = workspace.directory + "/runbooks"
        let parsed = RunbookLoader().load(directories: [runbooks], contactsFiles: [contacts])
        try #require(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let runbook = try #require(parsed.library.runbooks.first)
        // The fixture must really set every field, or the round trip proves less than it claims.
        #expect(
            runbook.summary != nil && runbook.severity != nil && runbook.estimatedMinutes != nil)
        #expect(!runbook.references.isEmpty && !runbook.tags.isEmpty && !runbook.roles.isEmpty)
        let note = runbook.steps[0]
        #expect(
            note.why != nil && note.caution != nil && note.role != nil
                && note.estimatedMinutes != nil)
        #expect(
            note.milestone != nil && runbook.steps[6].onUnable != nil
                && runbook.milestones.count == 2)
        #expect(runbook.mustReach.map(\.withinSteps) == [9, nil])
        let scenario = try #require(parsed.library.scenarios.first)
        #expect(
            scenario.summary != nil && !scenario.roles.isEmpty
                && scenario.contacts.first?.script != nil)
        #expect(
            Set(scenario.injects.map(\.trigger.journalName)).count == 5
                && scenario.injects.first?.to != nil)
        #expect(
            !scenario.modules.isEmpty && !scenario.hotWash.isEmpty
                && scenario.expectations.first?.required == false)

        let decoded = try roundTrip(parsed.library)
        #expect(decoded == parsed.library)
        let cache = LibraryCache(
            path: workspace.directory + "/library.cache", programIdentity: "test", settleSeconds: 0)
        _ = RunbookLoader().load(directories: [runbooks], contactsFiles: [contacts], cache: cache)
        #expect(
            RunbookLoader().load(directories: [runbooks], contactsFiles: [contacts], cache: cache)
                .library
                == parsed.library)
    }

    /// When a model type gains a stored property, this fails until the cache
    /// encodes it (LibraryCacheCoding) and the counts here are updated.
    @Test func theCacheKnowsHowManyFieldsEachModelTypeHas() {
        let step = Step(id: "s", title: LocalizedText("t", language: "en"))
        let fieldCounts: [(String, Int, Int)] = [
            (
                "Runbook",
                Mirror(reflecting: Runbook(id: "r", version: 1, title: step.title, steps: [step]))
                    .children.count, 18
            ),
            ("Step", Mirror(reflecting: step).children.count, 11),
            ("Contact", Mirror(reflecting: Contact(id: "c", name: step.title)).children.count, 9),
            ("RunbookLibrary", Mirror(reflecting: RunbookLibrary()).children.count, 4),
            (
                "DrillScenario",
                Mirror(
                    reflecting: DrillScenario(
                        id: "d", version: 1, title: step.title, type: .functional, runbookID: "r",
                        story: step.title)
                ).children.count, 20
            ),
            (
                "DrillRole",
                Mirror(reflecting: DrillRole(id: "r", label: step.title)).children.count, 2
            ),
            (
                "SimulatedContact",
                Mirror(reflecting: SimulatedContact(contact: "c")).children.count, 3
            ),
            (
                "Inject",
                Mirror(reflecting: Inject(id: "i", text: step.title, trigger: .manual)).children
                    .count, 4
            ),
            (
                "DrillExpectation",
                Mirror(reflecting: DrillExpectation(milestone: "m", targetSeconds: 1)).children
                    .count, 3
            ),
            (
                "DrillModule",
                Mirror(reflecting: DrillModule(id: "m", title: step.title, minutes: 1)).children
                    .count, 4
            ),
            (
                "Reference",
                Mirror(reflecting: Reference(title: step.title, url: "")).children.count, 2
            ),
            ("CheckSpec", Mirror(reflecting: CheckSpec()).children.count, 2),
            (
                "ChoiceOption",
                Mirror(reflecting: ChoiceOption(id: "o", label: step.title)).children.count, 4
            ),
            (
                "Milestone",
                Mirror(reflecting: Milestone(id: "m", label: step.title)).children.count, 2
            ),
            (
                "MilestoneGuarantee",
                Mirror(reflecting: MilestoneGuarantee(milestone: "m")).children.count, 2
            ),
            ("InputSpec", Mirror(reflecting: InputSpec(field: "f")).children.count, 4),
            ("CommandSpec", Mirror(reflecting: CommandSpec(command: "c")).children.count, 3),
            ("LocalizedText", Mirror(reflecting: step.title).children.count, 1),
        ]
        for (type, counted, encoded) in fieldCounts {
            #expect(
                counted == encoded,
                "\(type) has \(counted) stored properties; LibraryCacheCoding encodes \(encoded)")
        }
        #expect(StepKind.allNames.count == 9, "a new step kind needs a case in LibraryCacheCoding")
    }

    @Test func aHitReadsTheCacheAndNoYAML() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.yaml", Self.runbook(id: "a", title: "Original"))
        let cache = LibraryCache(
            path: workspace.directory + "-cache/library.cache", programIdentity: "test",
            settleSeconds: 0)
        defer { try? FileManager.default.removeItem(atPath: workspace.directory + "-cache") }
        let key = try #require(
            cache.key(for: [
                LoadEntry(path: workspace.directory + "/a.yaml", expectsContacts: false)
            ])
        ).key
        // What the cache holds for these very files wins over their YAML: the proof that a hit parses nothing.
        let planted = RunbookLibrary(runbooks: [
            Runbook(id: "planted", version: 9, title: LocalizedText("P", language: "en"), steps: [])
        ])
        cache.store(planted, for: key)
        #expect(
            RunbookLoader().load(directories: [workspace.directory], cache: cache).library
                == planted)
        let mode =
            try FileManager.default.attributesOfItem(atPath: cache.path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "the cache holds the contacts: private whatever the umask")
    }

    @Test func anEditedAddedOrRemovedFileIsAMiss() throws {
        let workspace = try TestWorkspace()
        let cache = LibraryCache(
            path: workspace.directory + "-cache/library.cache", programIdentity: "test",
            settleSeconds: 0)
        defer { try? FileManager.default.removeItem(atPath: workspace.directory + "-cache") }
        let first = try workspace.write("a.yaml", Self.runbook(id: "a", title: "Original"))
        func titles() -> [String] {
            RunbookLoader().load(directories: [workspace.directory], cache: cache).library.runbooks
                .map { $0.title.resolved(preferred: "en", fallback: "en") }
        }
        #expect(titles() == ["Original"])
        #expect(titles() == ["Original"])
        // A new length: with no settling time, an edit within one tick of the file
        // clock is told apart by its size (aFreshFileIsNotKept covers the rest).
        try workspace.write("a.yaml", Self.runbook(id: "a", title: "Edited title"))
        #expect(titles() == ["Edited title"])
        try workspace.write("b.yaml", Self.runbook(id: "b", title: "Second"))
        #expect(titles() == ["Edited title", "Second"])
        try FileManager.default.removeItem(atPath: first)
        #expect(titles() == ["Second"])
    }

    @Test func aFreshFileIsNotKept() throws {
        // Two same-length edits within one tick of the file clock have equal
        // metadata; only a load of files older than the settling time is kept.
        let workspace = try TestWorkspace()
        try workspace.write("a.yaml", Self.runbook(id: "a", title: "Original"))
        let cache = LibraryCache(
            path: workspace.directory + "-cache/library.cache", programIdentity: "test")
        defer { try? FileManager.default.removeItem(atPath: workspace.directory + "-cache") }
        #expect(cache.settleSeconds == 2)
        #expect(
            RunbookLoader().load(directories: [workspace.directory], cache: cache).library.runbooks
                .first?.title
                == LocalizedText("Original", language: "en"))
        #expect(!FileManager.default.fileExists(atPath: cache.path))
        try workspace.write("a.yaml", Self.runbook(id: "a", title: "Originax"))
        #expect(
            RunbookLoader().load(directories: [workspace.directory], cache: cache).library.runbooks
                .first?.title
                == LocalizedText("Originax", language: "en"))
    }

    @Test func anotherBuildOfTheProgramIsAMiss() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.yaml", Self.runbook(id: "a", title: "Original"))
        let path = workspace.directory + "-cache/library.cache"
        defer { try? FileManager.default.removeItem(atPath: workspace.directory + "-cache") }
        let entries = [LoadEntry(path: workspace.directory + "/a.yaml", expectsContacts: false)]
        let old = LibraryCache(path: path, programIdentity: "build 1", settleSeconds: 0)
        let new = LibraryCache(path: path, programIdentity: "build 2", settleSeconds: 0)
        let oldKey = try #require(old.key(for: entries)).key
        let newKey = try #require(new.key(for: entries)).key
        #expect(oldKey != newKey)
        old.store(RunbookLibrary(), for: oldKey)
        #expect(new.library(for: newKey) == nil)
        #expect(
            RunbookLoader().load(directories: [workspace.directory], cache: new).library.runbooks
                .map(\.id) == ["a"])
    }

    @Test func aDamagedCacheIsAMissAndIsRewritten() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.yaml", Self.runbook(id: "a", title: "Original"))
        let cache = LibraryCache(
            path: workspace.directory + "-cache/library.cache", programIdentity: "test",
            settleSeconds: 0)
        defer { try? FileManager.default.removeItem(atPath: workspace.directory + "-cache") }
        let expected = RunbookLoader().load(directories: [workspace.directory]).library
        _ = RunbookLoader().load(directories: [workspace.directory], cache: cache)
        let intact = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cache.path)))
        var damaged: [[UInt8]] = [
            [], Array(intact.prefix(intact.count / 2)), Array(intact.dropLast()), intact + [0],
        ]
        for offset in [0, 25, intact.count / 2, intact.count - 1] {
            var flipped = intact
            flipped[offset] ^= 0x10
            damaged.append(flipped)
        }
        for bytes in damaged {
            try Data(bytes).write(to: URL(fileURLWithPath: cache.path))
            #expect(
                RunbookLoader().load(directories: [workspace.directory], cache: cache).library
                    == expected)
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: cache.path)) == Data(intact),
                "the miss rewrites the file")
        }
    }

    @Test func theDecoderRefusesDamageItCannotSee() throws {
        // Without the checksum (which the file layer checks first), every cut and
        // every flipped byte must still end in a thrown error or a library, never a crash.
        let workspace = try TestWorkspace()
        try workspace.write("every-field.yaml", Self.everyField)
        let library = RunbookLoader().load(directories: [workspace.directory]).library
        let segments = LibraryCacheCoding.encode(library)
        for segment in segments.enumerated() {
            let bytes = segment.element
            for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
                #expect(throws: LibraryCacheReader.Malformed.self) {
                    _ = try LibraryCacheCoding.decodeSegment(segment.offset, of: bytes, in: 0..<cut)
                }
            }
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<200 {
                var flipped = bytes
                flipped[Int.random(in: 0..<flipped.count, using: &generator)] ^= UInt8.random(
                    in: 1...255, using: &generator)
                _ = try? LibraryCacheCoding.decodeSegment(
                    segment.offset, of: flipped, in: 0..<flipped.count)
            }
        }
    }

    @Test func aLoadWithProblemsIsNeverKept() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.yaml", Self.runbook(id: "a", title: "Original"))
        try workspace.write("broken.yaml", "format: 1\nid: broken\n")
        let cache = LibraryCache(
            path: workspace.directory + "-cache/library.cache", programIdentity: "test",
            settleSeconds: 0)
        defer { try? FileManager.default.removeItem(atPath: workspace.directory + "-cache") }
        let result = RunbookLoader().load(directories: [workspace.directory], cache: cache)
        #expect(result.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: cache.path))
        // And the problems are reported every time, as without a cache.
        #expect(
            RunbookLoader().load(directories: [workspace.directory], cache: cache).diagnostics
                == result.diagnostics)
    }

    @Test func aCacheThatCannotBeWrittenChangesNothing() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.yaml", Self.runbook(id: "a", title: "Original"))
        let plainFile = try workspace.write("not-a-directory", "")
        let cache = LibraryCache(
            path: plainFile + "/shodo/library.cache", programIdentity: "test", settleSeconds: 0)
        let expected = RunbookLoader().load(directories: [workspace.directory]).library
        #expect(
            RunbookLoader().load(directories: [workspace.directory], cache: cache).library
                == expected)
        #expect(
            RunbookLoader().load(directories: [workspace.directory], cache: cache).library
                == expected)
    }

    private func roundTrip(_ library: RunbookLibrary) throws -> RunbookLibrary {
        let key = LibraryCacheFile.Key(bytes: Array(repeating: 7, count: 32))
        let bytes = LibraryCacheFile.encode(library, key: key)
        let layout = try LibraryCacheFile.layout(of: bytes)
        #expect(layout.key == key && layout.checksumMatches(in: bytes))
        let segments = try layout.segments.enumerated().map { number, range in
            try LibraryCacheCoding.decodeSegment(number, of: bytes, in: range)
        }
        return try LibraryCacheCoding.library(from: segments)
    }

    private static func runbook(id: String, title: String) -> String {
        """
        format: 1
        id: \(id)
        version: 1
        title: {en: \(title)}
        lang: en
        steps:
          - id: only
            title: {en: Only step}
        """
    }
}
