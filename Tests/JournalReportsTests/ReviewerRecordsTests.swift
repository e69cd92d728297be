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
            let started = try #require(
                try JournalSealer.startJournal(
                    jid: jid, store: store, journalPath: directory.file("night.jsonl")))
            let writer = try JournalWriter.create(
                path: directory.file("night.jsonl"), jid: jid, actor: "看護師A", message: "記録を開始しました",
                openPayload: [JSONMember(name: "host", value: "ward3-pc")] + started.openMembers,
                clock: ManualJournalClock(),
                sealing: started.sealer, outputs: .unsynchronisedForBenchmarks)
            for (kind, payload) in [
                ("run.started", [JSONMember(name: "runbook", value: "rb-01-ransomware")]),
                (
                    "evidence.saved",
                    [
                        JSONMember(name: "item", value: "E1"),
                        JSONMember(name: "description", value: "画面の写真 3 枚"),
                        JSONMember(name: "custodian", value: "看護師A"),
                        JSONMember(name: "location", value: "ward3-pc"),
                    ]
                ),
                ("run.ended", [JSONMember(name: "outcome", value: "escalated")]),
                ("journal.close", []),
            ] {
                try writer.append(
                    RecordDraft(kind: kind, actor: "看護師A", message: kind, payload: payload))
            }
            try writer.sealFinalEpoch(actor: "看護師A")
            writer.close()
        }

        func target(keyFile: String?) -> ReviewerRecords.Target {
            ReviewerRecords.Target(
                path: path, reviewer: "情報システム課 田中", keyFile: keyFile, clock: SystemJournalClock(),
                outputs: .unsynchronisedForBenchmarks)
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
        #expect(throws: JournalError.firstKeyRequired(path: journal.path)) {
            _ = try ReviewSignature.sign(
                path: journal.path, reviewer: "田中", comment: "", clock: SystemJournalClock(),
                outputs: .unsynchronisedForBenchmarks)
        }
        #expect(
            JournalError.firstKeyRequired(path: journal.path).description.contains("--key FILE"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == before)
    }

    @Test(
        "Sign-off, annotation and custody with K_0 are MACed, sealed, and the journal verifies with the key"
    )
    func signAnnotateTransferWithKey() throws {
        let journal = try FinishedSealedJournal()
        defer { journal.directory.remove() }
        let signed = try ReviewSignature.sign(
            path: journal.path, reviewer: "情報システム課 田中", comment: "確認しました", language: .japanese,
            keyFile: journal.keyFile, clock: SystemJournalClock(),
            outputs: .unsynchronisedForBenchmarks)
        #expect(signed.mac != nil)
        let annotated = try ReviewAnnotation.annotate(
            journal.target(keyFile: journal.keyFile), referencedSeq: 2, tags: ["証拠", "要確認"],
            comment: "写真は院内共有フォルダへ")
        #expect(annotated.integer("ref_seq") == 2)
        #expect(annotated.value("tags") == .array([.string("証拠"), .string("要確認")]))
        let transferred = try EvidenceCustody.transfer(
            journal.target(keyFile: journal.keyFile), item: "E1", to: "警察 生活安全課 佐藤",
            note: "封筒 No.12 で手渡し")
        #expect(transferred.string("from") == "看護師A")
        #expect(transferred.string("to") == "警察 生活安全課 佐藤")
        #expect(
            try journal.kinds().suffix(6) == [
                "review.signed", "seal", "review.annotated", "seal", "evidence.transferred", "seal",
            ])
        let report = try JournalVerifier.verify(path: journal.path, key: journal.firstKey)
        #expect(
            report.isIntact && report.checkedWithKey && report.openEpochFirstLine == nil,
            "\(report.lines)")
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
        #expect(
            throws: JournalError.firstKeyUnusable(
                keyPath: otherKey, journalPath: journal.path,
                reason: "it is not the first key this journal was sealed under")
        ) {
            _ = try ReviewAnnotation.annotate(
                journal.target(keyFile: otherKey), referencedSeq: 1, tags: ["x"], comment: "")
        }
        do {
            _ = try ReviewAnnotation.annotate(
                journal.target(keyFile: journal.keyFile), referencedSeq: 99, tags: ["x"],
                comment: "")
            Issue.record("seq 99 was annotated")
        } catch {
            #expect(error.description.contains("no record with seq 99"))
        }
        do {
            _ = try EvidenceCustody.transfer(
                journal.target(keyFile: journal.keyFile), item: "E7", to: "田中", note: "")
            Issue.record("E7 was transferred")
        } catch {
            #expect(error.description.contains("no evidence item E7 (items: E1)"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == before)
    }

    @Test(
        "The pack opens with the summary, lists the custody chain and the signature block; Timesketch carries the tags"
    )
    func packShowsCustodyAndSignature() throws {
        let journal = try FinishedSealedJournal()
        defer { journal.directory.remove() }
        let unsigned = try ReviewReport(
            sources: try ExportHelpers.sources([journal.path]),
            signingProblems: [journal.path: "鍵がありません"])
        let before = ReportOutput.inMemory()
        try unsigned.write(
            .markdown, options: ExportOptions(language: .japanese, generatedAt: "test"), to: before)
        #expect(
            before.text.contains("未署名：鍵がありません"),
            "the reason a journal is not signed is in the summary")
        #expect(before.text.contains("未確認（コードの入力なし）"))

        _ = try EvidenceCustody.transfer(
            journal.target(keyFile: journal.keyFile), item: "E1", to: "警察 生活安全課 佐藤",
            note: "封筒 No.12 で手渡し")
        _ = try ReviewAnnotation.annotate(
            journal.target(keyFile: journal.keyFile), referencedSeq: 2, tags: ["証拠"],
            comment: "写真の原本は USB に保存")
        _ = try ReviewSignature.sign(
            path: journal.path, reviewer: "情報システム課 田中", comment: "確認しました", keyFile: journal.keyFile,
            clock: SystemJournalClock(), outputs: .unsynchronisedForBenchmarks)
        let sources = try ExportHelpers.sources([journal.path])
        let review = try ReviewReport(sources: sources)
        let markdown = ReportOutput.inMemory()
        try review.write(
            .markdown, options: ExportOptions(language: .japanese, generatedAt: "test"),
            to: markdown)
        let text = markdown.text
        let summary = try #require(text.range(of: "## 概要（1 ページ）"))
        let verification = try #require(text.range(of: "## 検証結果"))
        #expect(summary.lowerBound < verification.lowerBound, "the summary comes first")
        #expect(
            text.contains("ward3-pc") && text.contains("rb-01-ransomware")
                && text.contains("上位へ引き継ぎ"))
        #expect(text.contains("署名済み：情報システム課 田中"))
        #expect(text.contains("## 証拠の保管の経過（チェーン・オブ・カストディ）"))
        #expect(text.contains("登録：看護師A（ward3-pc）"))
        #expect(text.contains("引き渡し：看護師A → 警察 生活安全課 佐藤（封筒 No.12 で手渡し）"))
        #expect(text.contains("## 確認者の注記"))
        #expect(text.contains("## 確認・署名欄"))

        let html = ReportOutput.inMemory()
        try review.write(
            .html,
            options: ExportOptions(
                language: .japanese, generatedAt: "test", hospitalName: "市立みなと病院"), to: html)
        #expect(html.text.contains("@top-left { content: \"市立みなと病院 — 朝の確認パック"))
        #expect(html.text.contains("counter(page)"))
        #expect(html.text.contains("<table class=\"signature\">"))
        #expect(WellFormedXML.check(html.text).problem == nil)

        let timesketch = try ExportHelpers.jsonObjects(
            try ExportHelpers.text([journal.path], .timesketch))
        let tagged = timesketch.filter { $0["tag"] != nil }
        #expect(tagged.count == 1)
        #expect(tagged.first?["seq"] as? Int == 2)
        #expect(tagged.first?["tag"] as? [String] == ["証拠"])
    }
}
