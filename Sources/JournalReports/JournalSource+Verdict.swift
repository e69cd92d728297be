/// The verdict of a source in the words exports and reports use.
extension JournalSource {
    /// `intact`, or `NOT INTACT: line N` naming the first bad line: in every exported row.
    public var verdictWord: String {
        guard let failure = verification.firstError else { return "intact" }
        return "NOT INTACT: line \(failure.line)"
    }

    /// The verifier's whole verdict on one line: the file, then what `journal verify` prints.
    public var verdictSentence: String {
        "verification of \(fileName): " + verification.lines.joined(separator: "; ")
    }

    /// Where the verdict row of a row export sits in time: the first record's time, so
    /// it sorts first and its `datetime` parses; the epoch when nothing could be read.
    var verdictMicroseconds: Int64 { firstRecord?.wallMicroseconds ?? 0 }
}
