import ActionJournal
import Foundation
import FuzzSupport
import Localization
import RunEngine
import RunSession
import RunbookLoading
import RunbookModel

/// Fuzz target `headless`: any bytes as the standard input of
/// `shodo run RUNBOOK --headless`, against a bundled runbook.
///
/// The first byte picks the runbook, the second the language (ja or en); the rest
/// is split into lines as standard input is. Each line goes through
/// `HeadlessCommand.parse`, then all of them through `HeadlessRunner` into a real
/// journal. Invariants: no crash, no hang; a line is refused as unknown exactly
/// when its first word is no action word; `input` and `note` keep their text
/// verbatim; the journal verifies afterwards, and a run left open resumes.
enum HeadlessFuzz {
    /// The bundled runbooks (`SHODO_FUZZ_RUNBOOKS`, default `Runbooks` in the current directory).
    static let machine: RunStateMachine = {
        let directory = ProcessInfo.processInfo.environment["SHODO_FUZZ_RUNBOOKS"] ?? "Runbooks"
        let result = RunbookLoader().load(directories: [directory])
        guard !result.hasErrors, !result.library.runbooks.isEmpty else {
            fatalError(
                "\(directory): no runbooks to fuzz against: \(result.diagnostics.map(\.description))"
            )
        }
        return RunStateMachine(library: result.library)
    }()

    static func check(_ bytes: [UInt8]) {
        guard bytes.count >= 2 else { return }
        let runbooks = machine.library.runbooks
        let runbookID = runbooks[Int(bytes[0]) % runbooks.count].id
        let language: Language = bytes[1] & 1 == 0 ? .japanese : .english
        let (complete, rest) = Fuzz.lines(Array(bytes.dropFirst(2)))
        let lines = (complete + (rest.isEmpty ? [] : [rest])).map {
            String(decoding: $0, as: UTF8.self)
        }
        for line in lines { checkParse(line) }
        drive(runbookID: runbookID, language: language, lines: lines)
    }

    /// Unknown exactly when the first word is no action word; arguments kept as typed.
    static func checkParse(_ line: String) {
        let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
        let word = String(text.prefix { $0 != " " })
        let argument = text.firstIndex(of: " ").map { String(text[text.index(after: $0)...]) } ?? ""
        switch HeadlessCommand.parse(line, at: nil, waitIsOver: false) {
        case .failure:
            Fuzz.require(
                !HeadlessCommand.words.contains(word),
                "action word \(word.debugDescription) refused as unknown")
        case .success(let request):
            Fuzz.require(
                HeadlessCommand.words.contains(word),
                "\(word.debugDescription) is no action word, yet parsed")
            switch request {
            case .action(.input(let value)):
                Fuzz.require(
                    value == argument,
                    "input value \(value.debugDescription) for \(argument.debugDescription)")
            case .action(.note(let note)):
                Fuzz.require(
                    note == argument,
                    "note \(note.debugDescription) for \(argument.debugDescription)")
            case .evidence(let description, nil):
                Fuzz.require(
                    description == argument,
                    "evidence \(description.debugDescription) for \(argument.debugDescription)")
            default: break
            }
        }
    }

    static func drive(runbookID: String, language: Language, lines: [String]) {
        let path = Fuzz.scratchDirectory + "/run.jsonl"
        try? FileManager.default.removeItem(atPath: path)
        // The live clock and facts, as `shodo` wires them: no wait step ends within one input either way.
        let clock = SystemJournalClock()
        let facts = SystemMachineFacts()
        let run: JournaledRun
        do {
            run = try JournaledRun.start(
                RunStartRequest(
                    runbookID: RunbookID(runbookID), machine: machine, language: language,
                    operatorName: "fuzz",
                    destination: .file(path), clock: clock, machineFacts: facts,
                    outputFactory: .unsynchronisedForBenchmarks,
                    sealKeyStore: nil))
        } catch {
            fatalError("cannot start \(runbookID): \(error)")
        }
        var input = ScriptedLines(lines)
        let exit = HeadlessRunner(run: run, output: CollectedText(), errors: CollectedText()).drive(
            &input)
        requireVerifies(path, after: "the run (\(exit))")
        guard exit != .ended, run.failure == nil else { return }
        do {
            _ = try JournaledRun.resume(
                path: path, machine: machine, operatorName: "fuzz-2", language: nil, clock: clock,
                machineFacts: facts,
                outputFactory: .unsynchronisedForBenchmarks)
        } catch {
            Fuzz.require(false, "a run left open (\(exit)) does not resume: \(error)")
        }
        requireVerifies(path, after: "resume")
    }

    static func requireVerifies(_ path: String, after what: String) {
        do {
            let report = try JournalVerifier.verify(path: path)
            Fuzz.require(
                report.isIntact && report.warnings.isEmpty,
                "journal after \(what) does not verify cleanly: \(String(describing: report.firstError)) \(report.warnings)"
            )
        } catch {
            Fuzz.require(false, "journal after \(what) cannot be read: \(error)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Fuzz.test(data, size, HeadlessFuzz.check)
}

@main enum Main { static func main() { Fuzz.main(fuzzOneInput) } }
