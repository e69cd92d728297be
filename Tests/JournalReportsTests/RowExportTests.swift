import ActionJournal
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("Row exports, field by field")
struct RowExportTests {
    @Test("Timesketch CSV: header first, every datetime parses with an offset and equals timestamp")
    func timesketchCSV() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        let (header, rows) = try ExportHelpers.csvRecords(
            try ExportHelpers.text([journal.path], .timesketchCSV))
        #expect(Array(header.prefix(4)) == ["message", "datetime", "timestamp", "timestamp_desc"])
        #expect(rows.count == journal.writer.recordCount + 1)
        for row in rows {
            let datetime = try #require(row["datetime"])
            let parsed = try #require(
                ISODateTime.microseconds(datetime), "unparseable datetime \(datetime)")
            #expect(datetime.hasSuffix("+00:00"))
            #expect(String(parsed) == row["timestamp"])
            #expect(row["timestamp_desc"]?.isEmpty == false)
            #expect(row["journal_id"] == journal.jid.uuidString.lowercased())
        }
        #expect(rows[0]["kind"] == "journal.verdict")
        #expect(rows[0]["journal_verdict"] == "chain intact, end not checked, never sealed")
        let records = rows.dropFirst()
        #expect(records.map { $0["seq"] } == (0..<journal.writer.recordCount).map { String($0) })
        #expect(records.allSatisfy { $0["record_hash"]?.count == 64 })
        let open = try #require(records.first)
        #expect(open["datetime"] == "2026-11-21T19:35:22.328169+00:00")
        #expect(open["timestamp"] == "1795289722328169")
        #expect(open["local_datetime"] == "2026-11-22T04:35:22.328169+09:00")
        let note = try #require(records.first { $0["kind"] == "note.added" })
        #expect(note["payload"]?.contains("患者搬送") == true)
        #expect(note["message"] == "[note.added] 山田: メモ")
    }

    @Test(
        "Timesketch JSONL: mandatory fields, µs timestamp, payload members as fields, Japanese intact"
    )
    func timesketchJSONLines() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        let objects = try ExportHelpers.jsonObjects(
            try ExportHelpers.text([journal.path], .timesketch))
        #expect(objects.count == journal.writer.recordCount + 1)
        for object in objects {
            let datetime = try #require(object["datetime"] as? String)
            #expect(
                ISODateTime.microseconds(datetime) == (object["timestamp"] as? NSNumber)?.int64Value
            )
            #expect(object["message"] is String)
            #expect(object["timestamp_desc"] is String)
        }
        let note = try #require(objects.first { $0["kind"] as? String == "note.added" })
        #expect(note["note"] as? String == FixtureJournal.trickyNote)
        #expect(note["timestamp_desc"] as? String == "Note Added")
        #expect(note["data_type"] as? String == "shodo:journal:note.added")
        #expect((note["record_hash"] as? String)?.count == 64)
        let open = try #require(objects.first { $0["kind"] as? String == "journal.open" })
        #expect(
            open["payload_host"] as? String == "ward3-pc",
            "a payload member named like a fixed field is prefixed")
        #expect(open["host"] as? String == "ward3-pc")
    }

    @Test("Plain CSV and JSONL carry seq, journal id, record hash and the payload")
    func plainFormats() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        let (header, rows) = try ExportHelpers.csvRecords(
            try ExportHelpers.text([journal.path], .csv))
        #expect(
            header.contains("seq") && header.contains("journal_id")
                && header.contains("record_hash"))
        let value = try #require(rows.first { $0["kind"] == "value.entered" })
        let payload = try #require(value["payload"])
        let decoded = try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any]
        #expect(decoded?["value"] as? String == "3F-ナース-02")
        #expect(value["step"] == "pc-label")
        let objects = try ExportHelpers.jsonObjects(try ExportHelpers.text([journal.path], .jsonl))
        let note = try #require(objects.first { $0["kind"] as? String == "note.added" })
        #expect(
            (note["payload"] as? [String: Any])?["note"] as? String == FixtureJournal.trickyNote)
        #expect(note["seq"] as? Int == 16)
        #expect(note["journal_id"] as? String == journal.jid.uuidString.lowercased())
    }

    @Test("l2tcsv: the exact header, 17 fields per row, short at most 80 characters, µs in extra")
    func l2tcsv() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        try journal.append("note.added", "とても長いメモ " + String(repeating: "長", count: 120))
        journal.writer.close()
        let text = try ExportHelpers.text([journal.path], .l2tcsv)
        #expect(
            text.hasPrefix(
                "date,time,timezone,MACB,source,sourcetype,type,user,host,short,desc,version,filename,inode,notes,format,extra\n"
            ))
        let rows = try RFC4180.parse(text)
        #expect(rows.count == journal.writer.recordCount + 2)
        for row in rows { #expect(row.count == 17) }
        for row in rows.dropFirst() {
            #expect(row[2] == "UTC")
            #expect(row[11] == "2")
            #expect(row[9].count <= 80)
            let extra = row[16].components(separatedBy: "; ")
            #expect(
                extra.allSatisfy { $0.contains(": ") },
                "plaso's extra: name: value pairs joined with \"; \"")
            let microseconds = try #require(extra.first { $0.hasPrefix("ts_us: ") }?.dropFirst(7))
            let iso =
                "\(row[0].suffix(4))-\(row[0].prefix(2))-\(row[0].dropFirst(3).prefix(2))T\(row[1]).\(String(microseconds).suffix(6))+00:00"
            #expect(ISODateTime.microseconds(iso).map(String.init) == String(microseconds))
        }
        #expect(rows.last?[9].count == 80)
        #expect(rows.last?[9].hasSuffix("…") == true)
        let record = try #require(rows.first { $0[6] == "Step Completed" })
        #expect(record[7] == "山田")
        #expect(record[8] == "ward3-pc")
        #expect(record[16].contains("journal_id: \(journal.jid.uuidString.lowercased())"))
        #expect(record[16].contains("record_hash: "))
    }

    @Test(
        "--excel: byte order mark and CRLF; formulas are neutralised in every CSV, plain numbers kept"
    )
    func excel() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        try journal.append(
            "value.entered", "=1+1",
            [("field", "ransom_note"), ("value", "=HYPERLINK(\"http://x\")")])
        for text in ["-2+3+cmd|' /C calc'!A0", "+1", "@SUM(A1)", "\tx", "-0.5", "-"] {
            try journal.append("note.added", text, [("note", .string(text))])
        }
        journal.writer.close()
        let bytes = try ExportHelpers.export([journal.path], .csv, excel: true).bytes
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("\r\n"))
        #expect(
            !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"),
            "every line ends in CRLF")
        let (_, rows) = try ExportHelpers.csvRecords(text)
        let formula = try #require(rows.first { $0["message"]?.contains("=1+1") == true })
        #expect(formula["message"] == "'=1+1")
        #expect(formula["payload"]?.hasPrefix("{") == true)
        let messages = rows.suffix(6).compactMap { $0["message"] }
        #expect(messages == ["'-2+3+cmd|' /C calc'!A0", "'+1", "'@SUM(A1)", "'\tx", "-0.5", "-"])
        for format in [ExportFormat.csv, .timesketchCSV, .l2tcsv] {
            let fields = try ExportHelpers.csvRecords(
                try ExportHelpers.text([journal.path], format)
            ).rows.flatMap(\.values)
            let formulas = fields.filter { field in
                guard let first = field.unicodeScalars.first else { return false }
                return "=+@\t\r".unicodeScalars.contains(first)
                    || (first == "-" && field != "-" && Double(field) == nil)
            }
            #expect(formulas.isEmpty, "\(format): \(formulas)")
        }
        let plain = try ExportHelpers.csvRecords(try ExportHelpers.text([journal.path], .csv)).rows
        let note = try #require(plain.first { $0["kind"] == "note.added" })
        #expect(note["payload"]?.contains("2行目\\n<script>") == true)
    }

    @Test(
        "A journal that does not verify is exported, its verdict and first bad line in the first row"
    )
    func notIntact() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        var data = try Data(contentsOf: URL(fileURLWithPath: journal.path))
        let target = try #require(data.range(of: Data("プリンタなし".utf8)))
        data.replaceSubrange(target, with: Data("プリンタあり".utf8))
        try data.write(to: URL(fileURLWithPath: journal.path))
        let (_, rows) = try ExportHelpers.csvRecords(
            try ExportHelpers.text([journal.path], .timesketchCSV))
        let verdict = try #require(rows.first)
        #expect(verdict["journal_verdict"] == "NOT INTACT: line 8")
        #expect(verdict["message"]?.contains("line 8:") == true)
        #expect(rows.count == journal.writer.recordCount + 1, "nothing is dropped or repaired")
        for row in rows.dropFirst() {
            let seq = Int(row["seq"] ?? "") ?? -1
            let expected =
                seq >= 7 ? "UNPROVEN: at or after the first bad line 8" : "NOT INTACT: line 8"
            #expect(row["journal_verdict"] == expected, "seq \(seq)")
        }
        let changed = try #require(rows.first { $0["kind"] == "step.skipped" })
        #expect(changed["payload"]?.contains("プリンタあり") == true)
    }

    @Test("A line that is not a record is skipped and counted; the rest is exported")
    func unreadableLine() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        var lines = try String(contentsOfFile: journal.path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        lines[3] = "this is not json"
        try lines.joined(separator: "\n").write(
            toFile: journal.path, atomically: false, encoding: .utf8)
        let result = try ExportHelpers.export([journal.path], .jsonl)
        #expect(result.summary.unreadableLineCount == 1)
        #expect(result.summary.unreadableLines.first?.line == 4)
        #expect(result.summary.recordCount == journal.writer.recordCount - 1)
        let objects = try ExportHelpers.jsonObjects(String(decoding: result.bytes, as: UTF8.self))
        #expect((objects.first?["journal_verdict"] as? String) == "NOT INTACT: line 4")
    }
}
