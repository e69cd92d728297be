import ActionJournal

/// The records of one source in file order, stepping over lines that cannot be read.
///
/// A line that is not a record is noted (up to `keptUnreadableLines` of them, the rest
/// only counted) and reading goes on with the next line: the verdict at the top of the
/// report already names the first bad line, and the rest of the journal is still shown.
final class JournalStream {
    /// How many unreadable lines are kept with their reasons; more are only counted.
    static let keptUnreadableLines = 100

    let source: JournalSource
    private let reader: JournalReader
    private(set) var unreadableLines: [UnreadableLine] = []
    private(set) var unreadableLineCount = 0

    init(source: JournalSource) throws(ReportError) {
        self.source = source
        do {
            reader = try JournalReader(path: source.path)
        } catch {
            throw .journal(error)
        }
    }

    /// The next readable record, or `nil` at the end of the file (or at a torn final line).
    func next() throws(ReportError) -> JournalRecord? {
        while true {
            do {
                return try reader.next()
            } catch {
                switch error {
                case .corrupt(_, let line, let reason):
                    note(UnreadableLine(path: source.path, line: line, reason: reason))
                case .newerFormat(_, let line, let version):
                    note(
                        UnreadableLine(
                            path: source.path, line: line, reason: "journal format \(version)"))
                default:
                    throw .journal(error)
                }
            }
        }
    }

    private func note(_ line: UnreadableLine) {
        unreadableLineCount += 1
        if unreadableLines.count < Self.keptUnreadableLines { unreadableLines.append(line) }
    }
}
