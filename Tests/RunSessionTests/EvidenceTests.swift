import ActionJournal
import Foundation
import RunEngine
import RunSession
import ShodoTestSupport
import Testing

@Suite("Registering evidence")
struct EvidenceTests {
    @Test(
        "An evidence file's hash in the journal equals sha256sum of the file, and items are numbered E1, E2"
    )
    func fileHashMatchesSHA256Sum() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let photo = workspace.directory.file("画面 写真.bin")
        // Larger than one read buffer, so the streamed hash crosses chunk boundaries.
        let contents = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try contents.write(to: URL(fileURLWithPath: photo))
        let run = try workspace.start(operatorName: "看護師A")
        let output = CollectedText()
        let errors = CollectedText()
        var input = ScriptedLines([
            "evidence 印刷した 40 ページ（封筒）", "done",
            "evidence-file \(workspace.directory.file("none.bin"))",
        ])
        _ = HeadlessRunner(run: run, output: output, errors: errors).drive(&input)
        #expect(errors.text.contains("none.bin"), "a missing file is refused, naming it")
        let resumed = try workspace.resume(run.journalPath, operatorName: "看護師A")
        _ = try resumed.registerEvidence(description: "", filePath: photo).get()
        resumed.pauseIfOpen()
        let saved = try workspace.records(run.journalPath).filter { $0.kind == "evidence.saved" }
        #expect(saved.map { $0.string("item") } == ["E1", "E2"], "numbering survives the resume")
        #expect(saved[0].string("description") == "印刷した 40 ページ（封筒）")
        #expect(saved[0].string("custodian") == "看護師A")
        #expect(
            saved[0].string("location") == workspace.machineFacts.host,
            "the host the machine facts give")
        #expect(saved[0].string("evidence_sha256") == nil)
        #expect(saved[1].string("path") == photo)
        #expect(saved[1].integer("bytes") == Int64(contents.count))
        let sum = try ProcessRun.run("/usr/bin/env", ["sha256sum", photo])
        #expect(sum.status == 0)
        let expected = try #require(sum.output.split(separator: " ").first.map(String.init))
        #expect(saved[1].string("evidence_sha256") == expected)
        #expect(try workspace.verify(run.journalPath).isIntact)
    }

    @Test("Evidence without a description is refused and nothing is journaled")
    func descriptionRequired() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start(language: "ja")
        let before = try workspace.kinds(run.journalPath)
        guard
            case .failure(.refused(.evidenceDescriptionRequired)) = run.registerEvidence(
                description: "  ", filePath: nil)
        else {
            Issue.record("an empty description was accepted")
            return
        }
        #expect(try workspace.kinds(run.journalPath) == before)
        run.pauseIfOpen()
    }
}
