/// The verdict on one journal: what was verified, the first error, the warnings.
public struct VerificationReport: Sendable, Hashable {
    /// The file verified, `nil` for bytes in memory.
    public let path: String?
    /// The first line that does not verify; `nil` when the journal is intact.
    public let firstError: VerificationFailure?
    /// Torn final line and wall-clock steps, in file order (the torn line last).
    public let warnings: [VerificationWarning]
    /// How many lines verified, from line 1 (up to the first error).
    public let linesVerified: Int
    /// `seq` of the first and the last verified line.
    public let firstSequence: Int?
    /// `seq` of the last verified line.
    public let lastSequence: Int?
    /// `ts` of the first verified line.
    public let firstTimestamp: String?
    /// `ts` of the last verified line.
    public let lastTimestamp: String?
    /// The code of the last verified line (the last complete line when intact).
    public let verificationCode: VerificationCode?
    /// The code the reader expected (`--expect`), if any.
    public let expectedCode: VerificationCode?
    /// The line whose code is `expectedCode`, when one was found.
    public let expectedCodeLine: Int?
    /// Whether the lines carry MACs (not checked without the key).
    public let isSealed: Bool
    /// Whether a key was given, so the MACs and seals of the verified lines were checked.
    public internal(set) var checkedWithKey = false
    /// With the key: how many `seal` records verified (each closes an epoch).
    public internal(set) var sealsVerified = 0
    /// With the key: the machine key's epoch `seal_epoch` of line 1, once it verified.
    public internal(set) var machineEpoch: Int?
    /// With the key: the first verified line after the last seal (the open epoch), or
    /// `nil` when the last verified line is a seal.
    public internal(set) var openEpochFirstLine: Int?

    /// Whether every complete line verified (and the expected code, if any, was found).
    public var isIntact: Bool { firstError == nil && !expectedCodeMissing }

    /// Whether a code was expected and every line verified, yet none has it: mistyped, or
    /// the end was cut or rewritten. It names no line, for no line is known to be bad.
    public var expectedCodeMissing: Bool {
        firstError == nil && expectedCode != nil && expectedCodeLine == nil
    }

    /// Whether an expected code was given and found.
    public var expectedCodeMatched: Bool { expectedCodeLine != nil }

    /// The size of a torn final line, when there is one.
    public var tornFinalLineBytes: Int64? {
        for case .tornFinalLine(_, let bytes) in warnings { return bytes }
        return nil
    }

    /// What this verification cannot show, said every time so nobody over-trusts it.
    public var blindSpots: [String] {
        var spots: [String] = []
        if !checkedWithKey {
            spots.append(
                isSealed
                    ? "blind spot: without the key the MACs were not checked, so a rewritten chain passes"
                    : "blind spot: the journal is not sealed; without the key a rewritten chain passes"
            )
        } else if isIntact, let openEpochFirstLine {
            spots.append(
                "blind spot: lines \(openEpochFirstLine)-\(linesVerified) come after the last seal; their key was still on "
                    + "the machine, so whoever had the machine could have rewritten them (a verification code noted "
                    + "at that time covers them)")
        }
        if let expectedCodeLine {
            spots.append(
                "blind spot: lines after line \(expectedCodeLine) are not covered by the verification code and could have been cut or rewritten"
            )
        } else {
            spots.append("blind spot: without a verification code the end can be cut")
        }
        return spots
    }
}
