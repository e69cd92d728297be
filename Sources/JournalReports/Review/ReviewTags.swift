import JournalVocabulary

/// The reviewer's tags (`review.annotated`), by the record they annotate, for the
/// exports that carry them (Timesketch `tag`).
struct ReviewTags {
    private var tagsByRecord: [RecordKey: [String]] = [:]

    private struct RecordKey: Hashable {
        let journalIndex: Int
        let seq: Int
    }

    /// Reads `sources` once (streaming; only the tags are kept).
    init(_ sources: [JournalSource]) throws(ReportError) {
        let timeline = try MergedTimeline(sources: sources)
        while let entry = try timeline.next() {
            guard entry.record.recordKind == .reviewAnnotated,
                let seq = entry.record.integer(.refSeq),
                case .array(let values) = entry.record.value(.tags)
            else { continue }
            let key = RecordKey(journalIndex: entry.source.index, seq: Int(seq))
            for tag in values.compactMap(\.stringValue)
            where !(tagsByRecord[key] ?? []).contains(tag) {
                tagsByRecord[key, default: []].append(tag)
            }
        }
    }

    /// The tags given to `entry`'s record, in the order they were given.
    func tags(of entry: TimelineEntry) -> [String] {
        tagsByRecord[RecordKey(journalIndex: entry.source.index, seq: entry.record.seq)] ?? []
    }
}
