import ActionJournal
import JournalVocabulary
import Localization

/// Appends `evidence.transferred` (`item`, `from`, `to`, `note`): custody of an item handed
/// over, through `ReviewerRecords` (docs/journal.md "Evidence and the reviewer's records").
public enum EvidenceCustody {
    /// Hands `item` (`E1`…) to `recipient`; `from` is whoever holds it now by the journal
    /// (the last transfer's `to`, else the `custodian` it was saved with). Throws
    /// `.invalidMemberValue` listing the journal's items when there is no such item.
    public static func transfer(
        _ target: ReviewerRecords.Target, item: String, to recipient: String, note: String,
        language: Language = .english
    ) throws(JournalError) -> JournalRecord {
        try ReviewerRecords.append(to: target) { records throws(JournalError) in
            let holders = currentHolders(records)
            guard let holder = holders.first(where: { $0.item == item }) else {
                let known = holders.map(\.item).joined(separator: ", ")
                throw .invalidMemberValue(
                    name: RecordMember.item.rawValue,
                    reason:
                        "\(target.path) has no evidence item \(item) (items: \(known.isEmpty ? "none" : known))"
                )
            }
            return try RecordDraft(
                kind: .evidenceTransferred, actor: target.reviewer,
                message: language == .japanese
                    ? "証拠 \(item) の引き渡し: \(holder.custodian) → \(recipient)"
                    : "Evidence \(item) handed over: \(holder.custodian) -> \(recipient)",
                payload: [
                    JSONMember(.item, .string(item)),
                    JSONMember(.from, .string(holder.custodian)),
                    JSONMember(.to, .string(recipient)),
                    JSONMember(.note, .string(note)),
                ])
        }
    }

    /// Each item saved in `records`, in order, with who holds it after every transfer.
    static func currentHolders(_ records: [JournalRecord]) -> [(item: String, custodian: String)] {
        var holders: [(item: String, custodian: String)] = []
        for record in records {
            guard let item = record.string(.item) else { continue }
            if record.recordKind == .evidenceSaved {
                holders.append((item, record.string(.custodian) ?? record.actor))
            } else if record.recordKind == .evidenceTransferred,
                let index = holders.firstIndex(where: { $0.item == item })
            {
                holders[index].custodian = record.string(.to) ?? holders[index].custodian
            }
        }
        return holders
    }
}
