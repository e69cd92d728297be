import ActionJournal
import Foundation

/// A journal written by the real writer (sealed or not), then tampered with as the
/// review's readers must catch: the five cases of issue 13.
public struct TamperedJournal {
    /// How the journal was changed after it was written.
    public enum Tamper: String, CaseIterable, Sendable, CustomStringConvertible {
        /// One byte of a record in the middle changed, nothing recomputed.
        case edit
        /// A record in the middle removed.
        case delete
        /// Two records in the middle swapped.
        case swap
        /// The last lines cut at a line boundary (the chain of what is left is intact).
        case cutEnd
        /// Rewritten by someone without the key: a record changed, the chain recomputed
        /// with the writer itself, no MAC and no key commitment.
        case forge

        public var description: String { rawValue }
    }

    /// The fixture could not be written as meant.
    public struct NotWritten: Error {}

    /// Records after `journal.open` in the clean journal.
    public static let recordCount = 8
    /// When the clean journal starts: 2026-11-21T19:35:22.328169Z.
    public static let startMicroseconds: Int64 = 1_795_289_722_328_169

    public let path: String
    /// The verification code of the clean journal's last line, as written on paper.
    public let code: VerificationCode
    /// `K_0`, when the journal was sealed.
    public let key: SealKey?

    /// Writes the journal in `directory`, sealed when `sealed`, and applies `tamper`.
    public init(_ tamper: Tamper, sealed: Bool, in directory: TemporaryDirectory) throws {
        path = directory.file("\(tamper)-\(sealed ? "sealed" : "unsealed").jsonl")
        let jid = UUID()
        var openMembers = [
            JSONMember(name: "host", value: "ward3-pc"), JSONMember(name: "tz", value: "+09:00"),
        ]
        var sealer: JournalSealer?
        if sealed {
            guard let firstKey = SealKey(bytes: [UInt8](repeating: 0x5A, count: SealKey.length))
            else { throw NotWritten() }
            let store = SealKeyStore(path: directory.file("config-\(tamper)/seal-key"))
            try store.install(firstKey: firstKey, replacing: false)
            guard
                let started = try JournalSealer.startJournal(
                    jid: jid, store: store, journalPath: nil)
            else { throw NotWritten() }
            sealer = started.sealer
            openMembers += started.openMembers
            key = firstKey
        } else {
            key = nil
        }
        let clock = ManualJournalClock(
            wallMicroseconds: Self.startMicroseconds, tickMicroseconds: 1_000_000)
        let writer = try JournalWriter.create(
            path: path, jid: jid, actor: "看護師A", message: "記録を開始しました", openPayload: openMembers,
            clock: clock,
            sealing: sealer, outputs: .unsynchronisedForBenchmarks)
        for index in 1...Self.recordCount {
            let draft = try RecordDraft(
                kind: "value.entered", actor: "看護師A", message: "入力: 値 \(index)",
                payload: [
                    JSONMember(name: "field", value: "pc_label"),
                    JSONMember(name: "value", value: .string("PC-\(index)")),
                ])
            try writer.append(draft)
        }
        if sealed { try writer.sealFinalEpoch(actor: "看護師A") }
        code = writer.verificationCode
        writer.close()
        try Self.apply(tamper, to: path, jid: jid)
    }

    private static func apply(_ tamper: Tamper, to path: String, jid: UUID) throws {
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(
            String.init)
        switch tamper {
        case .edit:
            lines[4] = lines[4].replacingOccurrences(of: "PC-4", with: "PC-9")
        case .delete:
            lines.remove(at: 4)
        case .swap:
            lines.swapAt(4, 5)
        case .cutEnd:
            lines.removeLast(3)
        case .forge:
            try forge(path, jid: jid)
            return
        }
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Writes the journal again with the writer, record 4 changed, unsealed and without
    /// the key commitment: what an attacker without the key can produce.
    private static func forge(_ path: String, jid: UUID) throws {
        let reader = try JournalReader(path: path)
        var records: [JournalRecord] = []
        while let record = try reader.next() { records.append(record) }
        try FileManager.default.removeItem(atPath: path)
        let hidden: Set<String> = ["seal_epoch", "key_commitment"]
        guard let open = records.first else { throw NotWritten() }
        let clock = ManualJournalClock(
            wallMicroseconds: open.wallMicroseconds, tickMicroseconds: 1_000_000)
        let writer = try JournalWriter.create(
            path: path, jid: jid, actor: open.actor, message: open.message,
            openPayload: open.payload.filter { !hidden.contains($0.name) }, clock: clock,
            outputs: .unsynchronisedForBenchmarks)
        for record in records.dropFirst() where record.kind != "seal" {
            let payload = record.payload.map { member in
                member.value == .string("PC-4")
                    ? JSONMember(name: member.name, value: "PC-9") : member
            }
            try writer.append(
                RecordDraft(
                    kind: record.kind, actor: record.actor, message: record.message,
                    payload: payload))
        }
        writer.close()
    }

    /// What a verdict must and must not say for one case, in English (the exports' words):
    /// never "intact" for what was not checked.
    public struct Claim: Sendable {
        /// Words the verdict must use.
        public var mustSay: [String] = []
        /// Words no verdict may use, whatever was checked, then those this case forbids.
        public var mustNotSay = ["no change or gap", "Verified OK", "no tampering", "\"intact\""]

        /// The claim for `tamper` on a journal `sealed` or not, checked with the code
        /// written down (`expect`) and the key (`key`) or without.
        public init(_ tamper: Tamper, sealed: Bool, expect: Bool, key: Bool) {
            if !expect { mustNotSay.append("end checked") }
            if !key { mustNotSay.append("seals checked") }
            let brokenChain = [.edit, .delete, .swap].contains(tamper)
            if brokenChain || (key && (!sealed || tamper == .forge)) {
                mustSay.append("NOT INTACT")
                mustNotSay.append("chain intact")
                return
            }
            mustSay.append("chain intact")
            mustSay.append(expect ? "no line has this code" : "end not checked")
            if !sealed || tamper == .forge {
                mustSay.append("never sealed")
            } else {
                mustSay.append(key ? "seals checked" : "seals not checked")
            }
        }
    }

    /// A key for unsealed journals: any key shows they carry no MAC.
    public static func otherKey() -> SealKey? {
        SealKey(bytes: [UInt8](repeating: 0x11, count: SealKey.length))
    }

    /// The `K_0` file of a sealed journal's key (or of `otherKey`), as `keygen` writes it.
    public func keyFile(in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("k0-\(UUID().uuidString.prefix(8)).txt")
        let key = self.key ?? Self.otherKey()
        try ((key?.hexDigits ?? "") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }
}
