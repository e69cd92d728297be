import ActionJournal
import RunEngine
import RunSession
import RunbookModel
import ShodoTestSupport
import Testing

/// RB-01's milestones on every path (every option, check outcome and "cannot do",
/// through RB-02 and RB-03): the run reaches the ones the path completes, in
/// order, and the first minutes go as issue 12 asks: the PC is cut off by the
/// 4th screen, IT on-call is reached by the 10th, the duty manager and the time
/// noticed follow. Headless runs check that the journal says the same.
@Suite("RB-01 on every path: its milestones in order")
struct RansomwareMilestoneTests {
    static let runbookID = "rb-01-ransomware-suspected"
    static let walks = DecisionWalks(
        machine: RunStateMachine(library: BundledContent.library), runbookID: runbookID)

    /// A milestone and the screen (1-based) of the step that reached it.
    struct Reached: Equatable {
        var id: String
        var screen: Int
    }

    /// The milestones of every path from the first screen to an end, walked on the
    /// state machine. Two paths that stand at the same place having reached the same
    /// milestones on the same screens (counted up to 11, past every bound checked)
    /// have the same futures, so each such state is followed once; a move back to a
    /// place already on the path (the "next PC" loop) is not followed twice.
    static func milestonesOfEveryPath() -> [[Reached]] {
        guard
            case .success(let started) = walks.machine.apply(
                .start, to: RunState(rootRunbookID: RunbookID(runbookID), language: "ja"))
        else { return [] }
        struct Key: Hashable {
            var frames: [RunFrame]
            var reached: [String]
            var screens: [Int]
        }
        func key(_ state: RunState, _ reached: [Reached], screen: Int) -> Key {
            Key(
                frames: state.frames, reached: reached.map(\.id),
                screens: reached.map(\.screen) + [min(screen, 11)])
        }
        var found: [[Reached]] = []
        var followed: Set<Key> = []
        var onPath: Set<[RunFrame]> = []
        func follow(_ state: RunState, screen: Int, reached: [Reached]) {
            guard let (_, step) = walks.machine.currentStep(of: state) else { return }
            onPath.insert(state.frames)
            defer { onPath.remove(state.frames) }
            for move in walks.moves(at: state) {
                guard let next = walks.apply(move.actions, to: state) else { continue }
                var now = reached
                for id in next.reachedMilestones.dropFirst(reached.count) {
                    now.append(Reached(id: id, screen: screen))
                }
                let expected =
                    reached.map(\.id)
                    + milestones(reachedBy: move.actions, at: step).filter { id in
                        !reached.contains { $0.id == id }
                    }
                #expect(
                    now.map(\.id) == expected,
                    "\(step.id): the engine reached \(now.map(\.id)), the format says \(expected)")
                if next.hasEnded {
                    found.append(now)
                } else if !onPath.contains(next.frames),
                    followed.insert(key(next, now, screen: screen + 1)).inserted
                {
                    follow(next, screen: screen + 1, reached: now)
                }
            }
        }
        follow(started.state, screen: 1, reached: [])
        return found
    }

    /// What completing `step` with these actions reaches, by
    /// docs/runbook-format.md "Marking where a milestone is reached".
    static func milestones(reachedBy actions: [OperatorAction], at step: Step) -> [String] {
        var ids: [String] = []
        for action in actions {
            switch (action, step.kind) {
            case (.choose(let optionID), .choice(let options)):
                ids += [step.milestone, options.first { $0.id == optionID }?.milestone].compactMap {
                    $0
                }
            case (.recordCall(_, .reached, _), .contact):
                ids += step.milestone.map { [$0] } ?? []
            case (.done, .contact):
                break
            case (.done, _), (.confirm, _), (.input, _), (.endWait, _):
                ids += step.milestone.map { [$0] } ?? []
            default:
                break
            }
        }
        var once: [String] = []
        for id in ids where !once.contains(id) { once.append(id) }
        return once
    }

    /// What issue 12 asks of the first minutes, for one path's milestones.
    static func problems(_ reached: [Reached]) -> [String] {
        var problems: [String] = []
        let screen = Dictionary(
            reached.map { ($0.id, $0.screen) }, uniquingKeysWith: { first, _ in first })
        if reached.first?.id != "isolated" {
            problems.append("the first milestone is not 'isolated'")
        }
        if (screen["isolated"] ?? .max) > 4 { problems.append("cut off after screen 4") }
        if (screen["it-called"] ?? .max) > 10 {
            problems.append("IT on-call reached after screen 10, or never")
        }
        if screen["duty-manager-called"] == nil {
            problems.append("the duty manager is never reached")
        }
        if screen["noticed"] == nil { problems.append("the time noticed is never entered") }
        return problems
    }

    @Test func everyPathCutsThePCOffFirstThenReachesITTheDutyManagerAndTheTimeNoticed() {
        let paths = Self.milestonesOfEveryPath()
        #expect(!paths.isEmpty)
        for reached in paths {
            let problems = Self.problems(reached)
            #expect(problems.isEmpty, "\(problems) in \(reached.map { "\($0.id)@\($0.screen)" })")
        }
    }

    @Test func headlessRunsJournalTheSameMilestonesInTheSameOrder() throws {
        let (walks, uncovered) = Self.walks.plan()
        #expect(uncovered.isEmpty)
        let directory = TemporaryDirectory("shodo-rb01-milestones")
        defer { directory.remove() }
        for walk in walks {
            let run = try JournaledRun.start(
                RunStartRequest(
                    runbookID: RunbookID(Self.runbookID), machine: Self.walks.machine,
                    language: "ja", operatorName: "看護師A",
                    destination: .directory(directory.path), clock: ManualJournalClock(),
                    machineFacts: FixedMachineFacts(),
                    sealKeyStore: nil))
            let output = CollectedText()
            let errors = CollectedText()
            var lines = ScriptedLines(walk.actions.dropFirst().map(HeadlessLine.text))
            #expect(
                HeadlessRunner(run: run, output: output, errors: errors).drive(&lines) == .ended,
                "\(errors.text)")
            let reader = try JournalReader(path: run.journalPath)
            var journaled: [String] = []
            while let record = try reader.next() {
                if record.kind == "milestone.reached", let id = record.string("milestone") {
                    journaled.append(id)
                }
            }
            #expect(journaled == run.state.reachedMilestones)
            #expect(
                ["isolated", "it-called", "duty-manager-called", "noticed"].allSatisfy(
                    journaled.contains), "\(journaled)")
            #expect(journaled.first == "isolated", "\(journaled)")
        }
    }
}
