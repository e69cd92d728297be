/// The verdict of a source in the words exports and reports use.
extension JournalSource {
    /// What was checked and what was not (`chain intact, end not checked, …`), or
    /// `NOT INTACT: line N`: the verdict row's column.
    public var verdictWord: String { verdict.word }

    /// The verdict a row of `entry`'s line carries: `UNPROVEN …` from the first bad line on.
    public func rowVerdict(line: Int) -> String { verdict.rowWord(line: line) }

    /// The headline, then the verifier's lines: the verdict row's message.
    public var verdictSentence: String {
        "verification of \(fileName): " + verdict.headline(.english) + " Verifier: "
            + verification.lines.joined(separator: "; ")
    }

    /// Where the verdict row of a row export sits in time: the first record's time, so
    /// it sorts first and its `datetime` parses; the epoch when nothing could be read.
    var verdictMicroseconds: Int64 { firstRecord?.wallMicroseconds ?? 0 }
}
