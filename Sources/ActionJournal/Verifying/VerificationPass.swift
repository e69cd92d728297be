#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
    import JournalVocabulary
#endif

/// One pass over a journal's lines: scan, check the chain, note codes, find the torn tail.
///
/// Stops at the first line that does not verify: nothing after a broken link can be
/// trusted. The verifier, the reader of an existing journal and recovery share it.
struct VerificationPass {
    /// Called for each line that verified, with its bytes and locations.
    typealias Visitor = (UnsafeRawBufferPointer, ScannedLine, Int) throws(VerificationProblem) ->
        Void

    private(set) var checker = ChainChecker()
    private(set) var firstError: VerificationFailure?
    private(set) var tornTail: TornTail?
    private(set) var expectedCodeLine: Int?
    private(set) var firstSequence: Int?
    private(set) var lastSequence: Int?
    private(set) var firstTimestamp: String?
    private var lastTimestamp = [UInt8](repeating: 0, count: JournalTimestamp.length)
    let expectedCode: VerificationCode?
    /// With a key: the MAC and seal checks.
    let sealChecker: SealChecker?

    /// A pass that also looks for the line whose code is `expectedCode` and, with the
    /// first key `key` (`K_0`), checks the MACs and seals.
    init(expectedCode: VerificationCode?, key: SealKey? = nil) {
        self.expectedCode = expectedCode
        sealChecker = key.map(SealChecker.init(firstKey:))
    }

    /// Reads every line of `source`; I/O failures are thrown, content problems recorded.
    mutating func run(
        _ source: JournalLineSource, collectingMembers: Bool, visit: Visitor? = nil
    ) throws(JournalOutputFailure) {
        while firstError == nil, let item = try source.next() {
            switch item {
            case .line(let line, _, let number):
                // A line that ends in a newline is complete: failing its check is
                // corruption, never a torn tail, even as the last line (docs/journal.md).
                do {
                    try check(
                        line, number: number, collectingMembers: collectingMembers, visit: visit)
                } catch {
                    firstError = VerificationFailure(line: number, problem: error)
                }
            case .overlongLine(_, let number):
                firstError = VerificationFailure(
                    line: number, problem: .lineTooLong(limit: JournalLineSource.maximumLineLength))
            case .unterminatedTail(let offset, let length, let number):
                tornTail = TornTail(offset: offset, length: length, line: number)
            }
        }
        if firstError == nil, checker.linesChecked == 0 {
            firstError = VerificationFailure(line: 1, problem: .emptyJournal)
        }
    }

    private mutating func check(
        _ line: UnsafeRawBufferPointer, number: Int, collectingMembers: Bool, visit: Visitor?
    ) throws(VerificationProblem) {
        let scanned = try JournalLineScanner.scan(line, collectingMembers: collectingMembers)
        let warning = try checker.validate(line, scanned, lineNumber: number)
        if checker.linesChecked == 0, scanned.mac == nil {
            try Self.refuseStrippedOpening(line, lineNumber: number)
        }
        try sealChecker?.check(
            line, scanned, recordHash: checker.hashOfLineJustChecked, lineNumber: number)
        checker.commit(line, scanned, warning: warning)
        if let expectedCode, expectedCodeLine == nil,
            VerificationCode(recordHash: checker.hashOfLineJustChecked) == expectedCode
        {
            expectedCodeLine = number
        }
        if firstSequence == nil {
            firstSequence = scanned.sequence
            firstTimestamp = String(
                decoding: UnsafeRawBufferPointer(rebasing: line[scanned.timestamp]), as: UTF8.self)
        }
        lastSequence = scanned.sequence
        lastTimestamp.withUnsafeMutableBytes {
            $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: line[scanned.timestamp]))
        }
        try visit?(line, scanned, number)
    }

    /// Line 1 without a MAC: the journal was written sealed if `journal.open` commits to a key.
    private static func refuseStrippedOpening(_ line: UnsafeRawBufferPointer, lineNumber: Int)
        throws(VerificationProblem)
    {
        let record = try JournalRecordDecoder.record(
            line, try JournalLineScanner.scan(line, collectingMembers: true), lineNumber: lineNumber
        )
        if record.value(.keyCommitment) != nil { throw .macsStripped }
    }

    /// The report of this pass over the journal at `path` (nil for bytes in memory).
    func report(path: String?) -> VerificationReport {
        var warnings = checker.warnings
        if let tornTail {
            warnings.append(.tornFinalLine(line: tornTail.line, bytes: tornTail.length))
        }
        let verified = checker.linesChecked
        return VerificationReport(
            path: path, firstError: firstError, warnings: warnings, linesVerified: verified,
            firstSequence: firstSequence, lastSequence: lastSequence,
            firstTimestamp: firstTimestamp,
            lastTimestamp: verified > 0 ? String(decoding: lastTimestamp, as: UTF8.self) : nil,
            verificationCode: verified > 0 ? VerificationCode(recordHash: checker.lastHash) : nil,
            expectedCode: expectedCode, expectedCodeLine: expectedCodeLine,
            isSealed: checker.isSealed ?? false,
            checkedWithKey: sealChecker != nil, sealsVerified: sealChecker?.sealsVerified ?? 0,
            machineEpoch: sealChecker?.machineEpoch,
            openEpochFirstLine: sealChecker?.openEpochFirstLine)
    }
}
