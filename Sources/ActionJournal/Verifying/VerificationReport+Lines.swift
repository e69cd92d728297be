/// The text `shodo journal verify` prints (docs/cli.md "What `journal verify` prints").
extension VerificationReport {
    /// The printed lines: the verdict, then warnings, then the blind spots.
    ///
    /// Intact: `OK: …` with the range of lines verified and `verification code …`.
    /// Not intact: `line N: REASON`. A torn tail adds `warning: torn final line (N bytes)`.
    public var lines: [String] {
        var lines: [String] = []
        if let firstError {
            lines.append(firstError.description)
            if linesVerified > 0 {
                lines.append("lines 1-\(linesVerified) verified before the error\(sequenceRange)")
            }
        } else {
            if let expectedCode, expectedCodeMissing {
                lines.append(Self.noLineHasCode(expectedCode))
            }
            lines.append(
                "\(expectedCodeMissing ? "chain intact" : "OK"): lines 1-\(linesVerified) verified\(sequenceRange)"
            )
            if let firstTimestamp, let lastTimestamp {
                lines.append("time range \(firstTimestamp) to \(lastTimestamp)")
            }
            if let verificationCode {
                lines.append("verification code \(verificationCode)")
            }
            if let expectedCode, let expectedCodeLine {
                lines.append("expected code \(expectedCode) found at line \(expectedCodeLine)")
            }
            if checkedWithKey, let machineEpoch {
                lines.append(
                    "sealed: every MAC checked with the key (machine key epoch \(machineEpoch), key_commitment "
                        + "matches, \(sealsVerified) seal\(sealsVerified == 1 ? "" : "s"))")
            }
        }
        lines += warnings.map { "warning: \($0)" }
        lines += blindSpots
        return lines
    }

    /// What a code that matches no line means, without naming a line past the end.
    static func noLineHasCode(_ code: VerificationCode) -> String {
        "no line has the verification code \(code) — check it was copied correctly, or the end was cut"
    }

    private var sequenceRange: String {
        guard let firstSequence, let lastSequence else { return "" }
        return " (seq \(firstSequence)-\(lastSequence))"
    }
}
