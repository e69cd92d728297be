import ActionJournal
import Foundation
import JournalVocabulary
import Localization
import RunEngine
import RunbookModel

/// Carrying out a `command` step with `run: local`
/// (docs/runbook-format.md "command — for IT to type"): the front end asks for an explicit
/// confirmation first; this runs it with a timeout, keeps its output as an evidence file
/// beside the journal and journals its SHA-256 (`evidence.saved`).
extension JournaledRun {
    /// How long a `run: local` command may take before it is ended.
    public static let localCommandTimeoutSeconds = 60.0

    /// Why the current step's command cannot be run here, or `nil` when it can: the step must
    /// be a `run: local` command for this system (Linux or macOS), and the journal must not
    /// be a drill's.
    public var localRunRefusal: LocalRunRefusal? {
        guard let spec = presentation?.command, spec.runLocally else { return .notOffered }
        guard let system = Self.thisSystem, spec.platform == .any || spec.platform == system else {
            return .wrongSystem(spec.platform.rawValue)
        }
        if Self.isDrillJournal(journalPath), !Self.drillAllowsLocalCommands { return .drill }
        return nil
    }

    /// Runs the current step's command (after the operator confirmed it), writes its output
    /// to `<journal>.evidence/` (mode 0600) and journals it as evidence. The step itself is
    /// not finished: the operator reads the result and moves on as usual.
    @discardableResult
    public func runLocalCommand(timeoutSeconds: Double = localCommandTimeoutSeconds) -> Result<
        [JournalRecord], SessionError
    > {
        if let localRunRefusal { return .failure(.localRunRefused(localRunRefusal)) }
        guard let command = presentation?.command?.command, let stepID = state.currentFrame?.stepID
        else {
            return .failure(.localRunRefused(.notOffered))
        }
        let directory = journalPath + ".evidence"
        if mkdir(directory, 0o700) != 0, errno != EEXIST {
            return .failure(.localCommand(.outputNotCreated(path: directory, errno: errno)))
        }
        let outputPath = directory + "/E\(state.evidenceCount + 1)-\(stepID).txt"
        let outcome: LocalCommand.Outcome
        do throws(LocalCommand.Problem) {
            outcome = try LocalCommand.run(
                command, outputPath: outputPath, timeoutSeconds: timeoutSeconds)
        } catch {
            return .failure(.localCommand(error))
        }
        return registerEvidence(
            description: Self.outputDescription(command, outcome, language: state.language),
            filePath: outputPath)
    }

    /// The hook for drills (docs/drill-scenario.md "Running"): a drill's journal refuses `run: local` until
    /// scenarios can allow it.
    static let drillAllowsLocalCommands = false

    private static var thisSystem: CommandPlatform? {
        #if os(Linux)
            .linux
        #elseif os(macOS)
            .macos
        #else
            nil
        #endif
    }

    /// Whether the journal's `journal.open` says `drill: true`.
    static func isDrillJournal(_ path: String) -> Bool {
        guard let reader = try? JournalReader(path: path), let first = try? reader.next() else {
            return false
        }
        return first.recordKind == .journalOpen && first.bool(.drill) == true
    }

    static func outputDescription(
        _ command: String, _ outcome: LocalCommand.Outcome, language: Language
    ) -> String {
        let ja = language == .japanese
        let ending: String
        if outcome.timedOut {
            ending = ja ? "時間切れで終了" : "ended by the timeout"
        } else if let status = outcome.exitStatus {
            ending = ja ? "終了コード \(status)" : "exit status \(status)"
        } else {
            ending =
                ja ? "シグナル \(outcome.signal ?? 0) で終了" : "ended by signal \(outcome.signal ?? 0)"
        }
        return ja ? "コマンド `\(command)` の出力（\(ending)）" : "Output of `\(command)` (\(ending))"
    }
}

/// Why a `run: local` command is not run here.
public enum LocalRunRefusal: Sendable, Hashable {
    /// The step is not a command step with `run: local`.
    case notOffered
    /// The command is for another system (`platform`), or this system is neither Linux nor macOS.
    case wrongSystem(String)
    /// The journal is a drill's.
    case drill

    public func message(language: Language) -> String {
        let ja = language == .japanese
        switch self {
        case .notOffered:
            return ja
                ? "この手順のコマンドはこの端末では実行できません（run: local ではありません）。"
                : "This step's command is not one Shodo runs itself (no run: local)."
        case .wrongSystem(let platform):
            return ja
                ? "このコマンドは \(platform) 用です。この端末では実行しません。"
                : "This command is for \(platform); it is not run on this system."
        case .drill:
            return ja ? "訓練中はコマンドを実際には実行しません。" : "Commands are not run for real during a drill."
        }
    }
}
