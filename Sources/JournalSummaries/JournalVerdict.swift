import ActionJournal

/// What the verifier said about one journal, or why it could not say anything: the
/// verdict beside a `JournalSummary` (the terminal UI's browser and timeline show it).
///
/// The claims and their wording are `VerificationVerdict`'s, shared with every export
/// and report; a file that could not be read at all has only a reason.
public struct JournalVerdict: Hashable, Sendable {
    /// What was checked and what it showed; `nil` when the file could not be read.
    public var claims: VerificationVerdict?
    /// Why the file could not be read or checked, when `claims` is `nil`.
    public var unreadableReason: String?
    /// The code of the last verified line, when there is one.
    public var verificationCode: String?

    /// The verdict of `report`.
    public init(_ report: VerificationReport) {
        claims = VerificationVerdict(report)
        verificationCode = report.verificationCode.map { "\($0)" }
    }

    private init(unreadableReason: String) {
        self.unreadableReason = unreadableReason
    }

    /// A file the verifier could not open or read (or a key file that could not be read), for `reason`.
    public static func unreadable(_ reason: String) -> JournalVerdict {
        JournalVerdict(unreadableReason: reason)
    }

    /// Green, amber or red; a file that cannot be read is red.
    public var level: VerificationVerdict.Level { claims?.level ?? .failed }

    /// Whether the row of journal line `line` is unproven: at or after the first bad line.
    public func isUnproven(line: Int) -> Bool { claims?.isUnproven(line: line) ?? true }
}

extension JournalVerdict {
    /// The verdict of the journal at `path`: its end checked against `expectedCode`,
    /// its seals with the key in `sealKeyFile` when one is given (read for this check
    /// and erased after it).
    public static func of(path: String, expectedCode: VerificationCode?, sealKeyFile: String?)
        -> JournalVerdict
    {
        do {
            let key = try sealKeyFile.map { file throws in try SealKey.readKeyFile(file) }
            defer { key?.erase() }
            return JournalVerdict(
                try JournalVerifier.verify(path: path, expectedCode: expectedCode, key: key))
        } catch let error as SealingError {
            return .unreadable("--key: \(error.description)")
        } catch let error as JournalError {
            return .unreadable(error.description)
        } catch {
            return .unreadable("\(error)")
        }
    }
}
