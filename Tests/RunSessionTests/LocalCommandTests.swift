import ActionJournal
import Foundation
import RunEngine
import RunSession
import RunbookModel
import ShodoTestSupport
import Testing

@Suite("Commands with run: local")
struct LocalCommandTests {
    static func machine(_ command: String, platform: CommandPlatform = .any) -> RunStateMachine {
        FixtureRunbooks.machine(steps: [
            Step(
                id: "collect",
                kind: .command(CommandSpec(command: command, platform: platform, runLocally: true)),
                title: FixtureRunbooks.text("ログを集める", "Collect the logs")),
            Step(
                id: "typed", kind: .command(CommandSpec(command: "arp -a", platform: .any)),
                title: FixtureRunbooks.text("入力", "Typed")),
        ])
    }

    static func start(
        _ machine: RunStateMachine, in directory: TemporaryDirectory, isDrill: Bool = false
    ) throws -> JournaledRun {
        try JournaledRun.start(
            RunStartRequest(
                runbookID: "solo", machine: machine, language: "ja", operatorName: "看護師A",
                destination: .file(directory.file("night.jsonl")), isDrill: isDrill,
                clock: ManualJournalClock(),
                machineFacts: FixedMachineFacts(), sealKeyStore: nil))
    }

    @Test("The output is saved beside the journal (0600) and its SHA-256 journaled as evidence")
    func outputSavedAndHashed() throws {
        let directory = TemporaryDirectory("local-command")
        defer { directory.remove() }
        let run = try Self.start(Self.machine("echo ログ; echo err 1>&2; exit 3"), in: directory)
        let record = try #require(try run.runLocalCommand(timeoutSeconds: 30).get().first)
        let path = try #require(record.string("path"))
        #expect(path == directory.file("night.jsonl.evidence/E1-collect.txt"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ログ\nerr\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let sum = try ProcessRun.run("/usr/bin/env", ["sha256sum", path])
        #expect(
            record.string("evidence_sha256")
                == sum.output.split(separator: " ").first.map(String.init))
        #expect(
            record.string("description") == "コマンド `echo ログ; echo err 1>&2; exit 3` の出力（終了コード 3）")
        #expect(run.state.currentFrame?.stepID == "collect", "the operator still finishes the step")
        run.pauseIfOpen()
    }

    @Test("A command that waits for input is ended by the timeout, and what it wrote is kept")
    func timeout() throws {
        let directory = TemporaryDirectory("local-command")
        defer { directory.remove() }
        let run = try Self.start(Self.machine("echo started; read line; echo never"), in: directory)
        let record = try #require(try run.runLocalCommand(timeoutSeconds: 0.2).get().first)
        #expect(record.string("description")?.contains("時間切れで終了") == true)
        #expect(
            try String(contentsOfFile: try #require(record.string("path")), encoding: .utf8)
                == "started\n")
        run.pauseIfOpen()
    }

    @Test(
        "Refused in a drill, on a step without run: local and for another system; nothing is journaled"
    )
    func refusals() throws {
        let directory = TemporaryDirectory("local-command")
        defer { directory.remove() }
        let drill = try Self.start(Self.machine("echo x"), in: directory, isDrill: true)
        guard case .failure(.localRunRefused(.drill)) = drill.runLocalCommand() else {
            Issue.record("a drill ran the command")
            return
        }
        drill.pauseIfOpen()
        #expect(!FileManager.default.fileExists(atPath: directory.file("night.jsonl.evidence")))
        let other = TemporaryDirectory("local-command")
        defer { other.remove() }
        let windows = try Self.start(Self.machine("dir", platform: .windows), in: other)
        guard case .failure(.localRunRefused(.wrongSystem("windows"))) = windows.runLocalCommand()
        else {
            Issue.record("a Windows command ran here")
            return
        }
        _ = try windows.perform(.done(note: nil)).get()
        guard case .failure(.localRunRefused(.notOffered)) = windows.runLocalCommand() else {
            Issue.record("a typed command ran")
            return
        }
        #expect(!(try JournalReader.kinds(other.file("night.jsonl")).contains("evidence.saved")))
        windows.pauseIfOpen()
    }
}

extension JournalReader {
    static func kinds(_ path: String) throws -> [String] {
        let reader = try JournalReader(path: path)
        var kinds: [String] = []
        while let record = try reader.next() { kinds.append(record.kind) }
        return kinds
    }
}
