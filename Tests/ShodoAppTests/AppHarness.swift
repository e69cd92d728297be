import ActionJournal
import Foundation
import Localization
import RunEngine
import RunSession
import RunbookModel
import ShodoApp
import ShodoTestSupport
import TerminalUI

/// A controller on the fixture library with a real journal in a temporary directory, a manual
/// clock, fixed machine facts and no seal key store: every port is a test's, none is live.
@MainActor
final class AppHarness {
    let directory: TemporaryDirectory
    let clock: ManualJournalClock
    let controller: AppController
    let memory: FileOperatorMemory
    static let machineFacts = FixedMachineFacts(zone: .gmt)

    /// The fixture library plus first principles (the fixture has none).
    static let library: RunbookLibrary = {
        var library = FixtureRunbooks.library
        library.firstPrinciples = [
            FixtureRunbooks.text("LANケーブルを抜く。電源はそのまま。", "Unplug the cable. Leave the power on."),
            FixtureRunbooks.text("払わない。", "Do not pay."),
        ]
        library.runbooks[0].triggers = [
            FixtureRunbooks.text("画面に脅迫文が出ている", "A ransom note is on the screen")
        ]
        library.runbooks[0].severity = .critical
        library.runbooks[1].triggers = [
            FixtureRunbooks.text("マウスが勝手に動く", "The mouse moves by itself")
        ]
        library.runbooks[1].severity = .high
        library.runbooks.append(guide)
        return library
    }()

    /// A runbook whose first step has a body, a caution and a why, in both languages.
    static let guide = Runbook(
        id: "guide", version: 1, title: FixtureRunbooks.text("パソコンを切り離す", "Disconnect the PC"),
        languages: ["ja", "en"], severity: .medium, estimatedMinutes: 5,
        steps: [
            Step(
                id: "unplug",
                title: FixtureRunbooks.text("LANケーブルを抜いてください。", "Unplug the network cable."),
                body: FixtureRunbooks.text(
                    "つめを押しながら、パソコン側から抜きます。壁の側は抜きません。ケーブルが見つからなければ、そのまま次へ進みます。",
                    "Press the tab and pull the cable out at the PC end, not at the wall. If you find no cable, just go on."
                ),
                why: FixtureRunbooks.text(
                    "ほかのパソコンに広がるのを止めます。", "This stops the spread to other PCs."),
                caution: FixtureRunbooks.text(
                    "電源コードと間違えないでください。電源ボタンは押さないでください。",
                    "Do not pull the power cord by mistake. Do not press the power button.")),
            Step(id: "done", kind: .end(.resolved), title: FixtureRunbooks.text("おわり", "Finished")),
        ])

    init(
        route: AppRoute = .runbook("main"), language: Language = "en",
        operatorName: String? = "Nurse A",
        secondsPerReading: Int64 = 1, outputFactory: JournalOutputFactory = .durable,
        directory: TemporaryDirectory = TemporaryDirectory("shodo-app"), sealKeyFile: String? = nil,
        sealKeyStore: SealKeyStore? = nil,
        library: RunbookLibrary = AppHarness.library, drillControl: (any DrillControlPort)? = nil
    ) {
        self.directory = directory
        clock = ManualJournalClock(tickMicroseconds: secondsPerReading * 1_000_000)
        memory = FileOperatorMemory(path: directory.file("state/operator"))
        controller = AppController(
            environment: Self.environment(
                directory: directory, language: language, operatorName: operatorName,
                memory: memory, clock: clock,
                outputFactory: outputFactory, sealKeyFile: sealKeyFile, sealKeyStore: sealKeyStore,
                library: library,
                drillControl: drillControl),
            route: route)
    }

    /// An environment whose journals go to `directory/journals`, read back through a catalog of that directory.
    static func environment(
        directory: TemporaryDirectory, language: Language, operatorName: String?,
        memory: any OperatorMemory,
        clock: any JournalClock, outputFactory: JournalOutputFactory = .durable,
        sealKeyFile: String? = nil,
        sealKeyStore: SealKeyStore? = nil, library: RunbookLibrary = AppHarness.library,
        drillControl: (any DrillControlPort)? = nil
    ) -> AppEnvironment {
        AppEnvironment(
            library: library, language: language,
            journalDestination: .directory(directory.file("journals")),
            operatorName: operatorName, operatorMemory: memory, clock: clock,
            machineFacts: machineFacts,
            outputFactory: outputFactory, sealKeyStore: sealKeyStore,
            journalCatalog: DirectoryJournalCatalog(
                directory: directory.file("journals"), sealKeyFile: sealKeyFile),
            drillControl: drillControl)
    }

    /// Runs the event loop on a scripted terminal until its events are used up.
    func drive(_ terminal: TestTerminal) -> AppExit {
        EventLoop(terminal: terminal, controller: controller).run()
    }

    /// The only journal written so far.
    var journalPath: String? {
        let journals =
            (try? FileManager.default.contentsOfDirectory(atPath: directory.file("journals"))) ?? []
        return journals.filter { $0.hasSuffix(".jsonl") }.first.map {
            directory.file("journals/" + $0)
        }
    }

    /// The `kind` of every record in the journal, in order.
    var journalKinds: [String] {
        guard let path = journalPath, let reader = try? JournalReader(path: path) else { return [] }
        var kinds: [String] = []
        while let record = try? reader.next() { kinds.append(record.kind) }
        return kinds
    }
}

extension TestTerminal {
    /// The last frame as one string, for `contains` checks.
    var screenText: String { screenLines.joined(separator: "\n") }
}
