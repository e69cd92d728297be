/// The entries of several sources as one timeline, read one record at a time.
///
/// Order (deterministic, documented in docs and tests): wall time (`ts`), then journal
/// id, then `seq`. It is a k-way merge over each journal's own file order: a journal's
/// records are never reordered among themselves, so where its wall clock stepped back
/// (the verifier warns of it) its records stay in `seq` order. Memory holds one record
/// per source; picking the next is a scan over the sources, which are few (terminals).
public final class MergedTimeline {
    /// The sources, in the order given.
    public let sources: [JournalSource]
    private let streams: [JournalStream]
    private var heads: [TimelineEntry?]
    private var started = false

    /// A timeline over `sources`. Throws when two sources are the same journal (same
    /// `jid`), or when a journal cannot be opened.
    public init(sources: [JournalSource]) throws(ReportError) {
        guard !sources.isEmpty else { throw .noJournals }
        var seen: [String: String] = [:]
        for source in sources where !source.journalIdentifier.isEmpty {
            if let first = seen[source.journalIdentifier] {
                throw .sameJournalTwice(first: first, second: source.path)
            }
            seen[source.journalIdentifier] = source.path
        }
        self.sources = sources
        var streams: [JournalStream] = []
        for source in sources { streams.append(try JournalStream(source: source)) }
        self.streams = streams
        heads = Array(repeating: nil, count: sources.count)
    }

    /// The next entry in timeline order, or `nil` when every journal is exhausted.
    public func next() throws(ReportError) -> TimelineEntry? {
        if !started {
            started = true
            for index in streams.indices { try refill(index) }
        }
        var best: Int?
        for index in heads.indices {
            guard let candidate = heads[index] else { continue }
            guard let current = best, let leader = heads[current] else {
                best = index
                continue
            }
            if Self.precedes(candidate, leader) { best = index }
        }
        guard let chosen = best, let entry = heads[chosen] else { return nil }
        try refill(chosen)
        return entry
    }

    /// Lines that could not be read so far, journal by journal (at most
    /// `JournalStream.keptUnreadableLines` per journal), and how many there were in all.
    public var unreadableLines: (kept: [UnreadableLine], count: Int) {
        (streams.flatMap(\.unreadableLines), streams.reduce(0) { $0 + $1.unreadableLineCount })
    }

    /// Whether `left` comes before `right`: wall time, then journal id, then seq.
    public static func precedes(_ left: TimelineEntry, _ right: TimelineEntry) -> Bool {
        if left.record.wallMicroseconds != right.record.wallMicroseconds {
            return left.record.wallMicroseconds < right.record.wallMicroseconds
        }
        if left.source.journalIdentifier != right.source.journalIdentifier {
            return left.source.journalIdentifier < right.source.journalIdentifier
        }
        return left.record.seq < right.record.seq
    }

    private func refill(_ index: Int) throws(ReportError) {
        heads[index] = try streams[index].next().map {
            TimelineEntry(record: $0, source: sources[index])
        }
    }
}
