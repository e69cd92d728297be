import ActionJournal
import JournalVocabulary
import Localization

/// Appends `review.annotated` (`ref_seq`, `tags`, `comment`): the reviewer's note on one
/// record of a journal, through `ReviewerRecords`.
public enum ReviewAnnotation {
    /// Annotates the record with `seq` `referencedSeq`; throws `.invalidMemberValue` naming
    /// the journal's range when there is no such record, else as `ReviewerRecords.append`.
    public static func annotate(
        _ target: ReviewerRecords.Target, referencedSeq: Int, tags: [String], comment: String,
        language: Language = .english
    ) throws(JournalError) -> JournalRecord {
        try ReviewerRecords.append(to: target) { records throws(JournalError) in
            guard let referenced = records.first(where: { $0.seq == referencedSeq }) else {
                throw .invalidMemberValue(
                    name: RecordMember.refSeq.rawValue,
                    reason:
                        "\(target.path) holds no record with seq \(referencedSeq) (it has seq 0 to \(records.last?.seq ?? 0))"
                )
            }
            let tagText = tags.joined(separator: ", ")
            return try RecordDraft(
                kind: .reviewAnnotated, actor: target.reviewer,
                message: language == .japanese
                    ? "確認者の注記（seq \(referenced.seq)）: \(tagText) \(comment)"
                    : "Reviewer's note on seq \(referenced.seq): \(tagText) \(comment)",
                payload: [
                    JSONMember(.refSeq, .integer(Int64(referenced.seq))),
                    JSONMember(.tags, .array(tags.map(JSONValue.string))),
                    JSONMember(.comment, .string(comment)),
                ])
        }
    }
}
