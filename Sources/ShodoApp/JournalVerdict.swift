import ActionJournal

/// What the verifier said about one journal, as the browser and the timeline show it.
public struct JournalVerdict: Hashable, Sendable {
    /// Whether every complete line verified.
    public var isIntact: Bool
    /// The first line that does not verify, when one does not.
    public var firstBadLine: Int?
    /// Why that line does not verify (the verifier's words), or why the file could not be read.
    public var problem: String?
    /// How many lines verified from line 1.
    public var linesVerified: Int
    /// The code of the last verified line, when there is one.
    public var verificationCode: String?

    /// A verdict from its shown values.
    public init(isIntact: Bool, firstBadLine: Int?, problem: String?, linesVerified: Int, verificationCode: String?) {
        self.isIntact = isIntact
        self.firstBadLine = firstBadLine
        self.problem = problem
        self.linesVerified = linesVerified
        self.verificationCode = verificationCode
    }

    /// The verdict of `report`.
    public init(_ report: VerificationReport) {
        self.init(
            isIntact: report.isIntact, firstBadLine: report.firstError?.line,
            problem: report.firstError.map { "\($0.problem)" }, linesVerified: report.linesVerified,
            verificationCode: report.verificationCode.map { "\($0)" })
    }

    /// A file the verifier could not open or read: not intact, for `reason`.
    public static func unreadable(_ reason: String) -> JournalVerdict {
        JournalVerdict(isIntact: false, firstBadLine: nil, problem: reason, linesVerified: 0, verificationCode: nil)
    }

    /// `OK`, `NOT INTACT line N`, or `NOT INTACT` when the file could not be read: the browser's column
    /// in English (`UIText.verdictWord` gives it in the operator's language).
    public var word: String {
        if isIntact { return "OK" }
        guard let firstBadLine else { return "NOT INTACT" }
        return "NOT INTACT line \(firstBadLine)"
    }
}
