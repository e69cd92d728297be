import ActionJournal
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("The reviewer's records on a finished sealed journal")
struct ReviewerRecordsTests {
    /// A finished journal sealed under a machine key made from `firstKey`, whose own key is
    /// erased after its final seal (as every real run leaves it), and `K_0` in a file.
    struct FinishedSealedJournal {
        let directory = TemporaryDirectory("reviewer-records")
        let firstKey = SealKey.random()
        var path: String { directory.file("night.jsonl") }
        var keyFile: String { directory.file("k0.key") }

        init() throws {
            let store = SealKeyStore(path: directory.file("seal-key"))
            try store.install(firstKey: firstKey, replacing: false)
            try firstKey.writeKeyFile(to: directory.file("k0.key"), replacing: false)
            let jid = UUID()
            let started = try #require(try JournalSealer.startJournal(jid: jid, store: store, journalPath: directory.file("night.jsonl")))
            let writer = try JournalWriter.create(
                path: directory.file("night.jsonl"), jid: jid, actor: "看護師A", message: "記録を開始しました",
                openPayload: [JSONMember(name: "host", value: "ward3-pc")] + started.openMembers, clock: ManualJournalClock(),
                sealing: started.sealer, outputs: .unsynchronisedForBenchmarks)
            for (kind, payload) in [
                ("run.started", [JSONMember(name: "runbook", value: "rb-01-ransomware")]),
                ("evidence.saved", [
                    JSONMember(name: "item", value: "E1"), JSONMember(name: "description", value: "画面の写真 3 枚"),
                    JSONMember(name: "custodian", value: "看護師A"), JSONMember(name: "location", value: "ward3-pc"),
                ]),
                ("run.ended", [JSONMember(name: "outcome", value: "escalated")]),
                ("journal.close", []),
            ] {
                try writer.append(RecordDraft(kind: kind, actor: "看護師A", message: kind, payload: payload))
            }
            try writer.sealFinalEpoch(actor: "看護師A")
            writer.close()
        }

        func target(keyFile: String?) -> ReviewerRecords.Target {
            ReviewerRecords.Target(
                path: path, reviewer: "情報システム課 田中", keyFile: keyFile, outputs: .unsynchronisedForBenchmarks)
        }

        func kinds() throws -> [String] {
            let reader = try JournalReader(path: path)
            var kinds: [String] = []
            while let record = try reader.next() { kinds.append(record.kind) }
            return kinds
        }
    }

    @Test("Without the key the sign-off is refused, saying to give --key, and nothing is written")
    func refusedWithoutKey() throws {
        let journal = try FinishedSealedJournal()
        defer { journal.directory.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: journal.path))
        do {
            _ = try ReviewSignature.sign(path: journal.path, reviewer: "田中", comment: "", outputs: .unsynchronisedForBenchmarks)
            Issue.record("a finished sealed journal was signed without its key")
        } catch {
            #expect(error.description.contains("--key FILE"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == before)
    }

    @Test("Sign-off, annotation and custody with K_0 are MACed, sealed, and the journal verifies with the key")
    func signAnnotateTransferWithKey() throws {
        let journal = try FinishedSealedJournal()
        defer { journal.directory.remove() }
        let signed = try ReviewSignature.sign(
            path: journal.path, reviewer: "情報システム課 田中", comment: "確認しました", language: .japanese,
            keyFile: journal.keyFile, outputs: .unsynchronisedForBenchmarks)
        #expect(signed.mac != nil)
        let annotated = try ReviewAnnotation.annotate(
            journal.target(keyFile: journal.keyFile), referencedSeq: 2, tags: ["証拠", "要確認"], comment: "写真は院内共有フォルダへ")
        #expect(annotated.integer("ref_seq") == 2)
        #expect(annotated.value("tags") == .array([.string("証拠"), .string("要確認")]))
        let transferred = try EvidenceCustody.transfer(
            journal.target(keyFile: journal.keyFile), item: "E1", to: "警察 生活安全課 佐藤", note: "封筒 No.12 で手渡し")
        #expect(transferred.string("from") == "看護師A")
        #expect(transferred.string("to") == "警察 生活安全課 佐藤")
        #expect(try journal.kinds().suffix(6) == [
            "review.signed", "seal", "review.annotated", "seal", "evidence.transferred", "seal",
        ])
        let report = try JournalVerifier.verify(path: journal.path, key: journal.firstKey)
        #expect(report.isIntact && report.checkedWithKey && report.openEpochFirstLine == nil, "\(report.lines)")
        let next = try EvidenceCustody.transfer(
            journal.target(keyFile: journal.keyFile), item: "e1".uppercased(), to: "院長", note: "")
        #expect(next.string("from") == "警察 生活安全課 佐藤", "the holder is the last transfer's recipient")
    }

    @Test("A key that is not the journal's, an unknown seq and an unknown item are refused")
    func refusals() throws {
        let journal = try FinishedSealedJournal()
        defer { journal.directory.remove() }
        let otherKey = journal.directory.file("other.key")
        try SealKey.random().writeKeyFile(to: otherKey, replacing: false)
        let before = try Data(contentsOf: URL(fileURLWithPath: journal.path))
        #expect(throws: JournalError.self) {
            _ = try ReviewAnnotation.annotate(journal.target(keyFile: otherKey), referencedSeq: 1, tags: ["x"], comment: "")
        }
        do {
            _ = try ReviewAnnotation.annotate(journal.target(keyFile: journal.keyFile), referencedSeq: 99, tags: ["x"], comment: "")
            Issue.record("seq 99 was annotated")
        } catch {
            #expect(error.description.contains("no record with seq 99"))
        }
        do {
            _ = try EvidenceCustody.transfer(journal.target(keyFile: journal.keyFile), item: "E7", to: "田中", note: "")
            Issue.record("E7 was transferred")
        } catch {
            #expect(error.description.contains("no evidence item E7 (items: E1)"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == before)
    }
}
