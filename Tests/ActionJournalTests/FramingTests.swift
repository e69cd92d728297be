import ActionJournal
import Foundation
import Testing

/// The exact bytes the writer produces, checked against hand-written expectations and an
/// independent SHA-256.
struct FramingTests {
    @Test func referenceSHA256MatchesTheStandardVectors() {
        #expect(
            ReferenceSHA256.hex(Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            ReferenceSHA256.hex([])
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array(String(repeating: "a", count: 1000).utf8)
        #expect(
            ReferenceSHA256.hex(long)
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func firstTwoLinesAreExactlyAsSpecified() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let lines = JournalLines(try fixture.bytes(records: 2))

        let zeros = String(repeating: "0", count: 64)
        let prefix0 =
            #"{"v":1,"jid":"7aaa04f2-3c1d-4e5f-8a9b-0c1d2e3f4a5b","seq":0,"ts":"2025-11-21T19:35:22.328169Z","#
            + #""mono_ns":705548834183,"boot":"ac526618-1b4c-4f6e-9a3d-5e2f7c8b9d01","actor":"yamada","#
            + #""kind":"journal.open","msg":"journal opened","program":"shodo test","drill":true,"prev":""#
            + zeros + "\""
        let hash0 = JournalLines.hash(prefix: prefix0)
        #expect(lines.lines[0] == prefix0 + #","h":""# + hash0 + "\"}")

        let prefix1 =
            #"{"v":1,"jid":"7aaa04f2-3c1d-4e5f-8a9b-0c1d2e3f4a5b","seq":1,"ts":"2025-11-21T19:35:22.329169Z","#
            + #""mono_ns":705549834183,"boot":"ac526618-1b4c-4f6e-9a3d-5e2f7c8b9d01","actor":"山田 花子","#
            + #""kind":"step.done","msg":"手順 1 完了 \"ok\"","step":"step-1","attempt":1,"prev":""#
            + hash0 + "\""
        #expect(lines.lines[1] == prefix1 + #","h":""# + JournalLines.hash(prefix: prefix1) + "\"}")
        #expect(lines.lines.count == 2)
    }

    @Test func stringsEscapeOnlyWhatJSONRequiresAndKeepUTF8Raw() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let writer = try fixture.write(records: 1)
        let record = try writer.append(
            RecordDraft(
                kind: "note.added", actor: "a",
                message: "x\"y\\z\n\t\r\u{08}\u{0C}\u{01}\u{1F}/é日本",
                payload: [
                    JSONMember(
                        name: "nested",
                        value: .object([JSONMember(name: "b", value: [1, 2.5, nil, false])])),
                    JSONMember(name: "small", value: .double(1e-5)),
                    JSONMember(name: "negative", value: .integer(-42)),
                ]))
        writer.close()
        let line = JournalLines(try fixture.contents()).lines[1]
        #expect(line.contains(#""msg":"x\"y\\z\n\t\r\b\f\u0001\u001f/é日本""#))
        #expect(
            line.contains(#""nested":{"b":[1,2.5,null,false]},"small":1e-05,"negative":-42,"prev""#)
        )

        let reader = try JournalReader(path: fixture.path)
        _ = try reader.next()
        let read = try #require(try reader.next())
        #expect(read == record)
        #expect(read.message == "x\"y\\z\n\t\r\u{08}\u{0C}\u{01}\u{1F}/é日本")
        #expect(read.double("small") == 1e-5)
        #expect(read.integer("negative") == -42)
    }

    @Test func draftsRefuseReservedAndRepeatedNamesAndNonFiniteNumbers() {
        for name in [
            "v", "jid", "seq", "ts", "mono_ns", "boot", "actor", "kind", "msg", "prev", "h", "mac",
        ] {
            #expect(throws: JournalError.reservedMemberName(name)) {
                try RecordDraft(
                    kind: "k", actor: "a", message: "m", payload: [JSONMember(name: name, value: 1)]
                )
            }
        }
        #expect(throws: JournalError.duplicateMemberName("step")) {
            try RecordDraft(
                kind: "k", actor: "a", message: "m",
                payload: [JSONMember(name: "step", value: 1), JSONMember(name: "step", value: 2)])
        }
        #expect(
            throws: JournalError.invalidMemberValue(
                name: "x", reason: "a number is not finite (NaN or infinity)")
        ) {
            try RecordDraft(
                kind: "k", actor: "a", message: "m",
                payload: [JSONMember(name: "x", value: [.double(.nan)])])
        }
    }

    @Test func writtenRecordEqualsTheRecordReadBackWithAllMembersInOrder() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let writer = try fixture.write(records: 3)
        let last = try #require(writer.lastRecord)
        writer.close()
        let reader = try JournalReader(path: fixture.path)
        var records: [JournalRecord] = []
        try reader.forEach { records.append($0) }
        #expect(records.count == 3)
        #expect(records.last == last)
        #expect(
            last.members.map(\.name) == [
                "v", "jid", "seq", "ts", "mono_ns", "boot", "actor", "kind", "msg", "step",
                "attempt", "prev",
            ])
        #expect(last.payload.map(\.name) == ["step", "attempt"])
        #expect(last.string("step") == "step-2")
        #expect(last.lineNumber == 3 && last.seq == 2)
        #expect(last.jid == JournalFixture.fixedJID)
        #expect(last.date == Date(timeIntervalSince1970: 1_763_753_722.330169))
        #expect(records[0].bool("drill") == true)
        #expect(last.recordHash == writer.lastHash)
    }
}
