import Notation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rules that link each line to the ones before: hash, chain, jid, seq, clocks.
///
/// Fed the scanned lines in order. Keeps only what the next line is checked against,
/// in fixed buffers, so checking a line allocates nothing.
struct ChainChecker {
    /// A wall clock going back more than this relative to the monotonic clock is reported.
    static let clockStepThresholdMicroseconds: Int64 = 1_000_000

    /// Lines that passed so far.
    private(set) var linesChecked = 0
    /// Whether the journal carries MACs, known after the first line.
    private(set) var isSealed: Bool?
    /// Clock warnings so far.
    private(set) var warnings: [VerificationWarning] = []

    private var lastHashHex = [UInt8](repeating: UInt8(ascii: "0"), count: 64)
    private var hashScratch = [UInt8](repeating: 0, count: 32)
    private var journalIdentifier: [UInt8] = []
    private var boot: [UInt8] = []
    private var lastMonotonic: UInt64 = 0
    private var lastWall: Int64 = 0

    /// H of the last line that passed (32 zero bytes before the first).
    var lastHash: [UInt8] {
        HexDigits.bytes(fromLowercaseHex: String(decoding: lastHashHex, as: UTF8.self))
    }

    /// H of the line just checked; read it right after a successful `check`.
    var hashOfLineJustChecked: [UInt8] { hashScratch }

    /// Checks one line against the lines before it; on success it becomes the new last.
    mutating func check(
        _ line: UnsafeRawBufferPointer, _ scanned: ScannedLine, lineNumber: Int
    ) throws(VerificationProblem) {
        let warning = try validate(line, scanned, lineNumber: lineNumber)
        commit(line, scanned, warning: warning)
    }

    /// The checks of `check`, without making the line the new last (so that another
    /// check can still reject it); returns the clock warning to keep if it is committed.
    mutating func validate(
        _ line: UnsafeRawBufferPointer, _ scanned: ScannedLine, lineNumber: Int
    ) throws(VerificationProblem) -> VerificationWarning? {
        try checkHash(line, scanned)
        guard Self.equal(line, scanned.previousHash, lastHashHex) else { throw .chainBroken }
        let lineIsSealed = scanned.mac != nil
        if let isSealed, isSealed != lineIsSealed {
            throw .sealingInconsistent(lineIsSealed: lineIsSealed)
        }
        if linesChecked > 0, !Self.equal(line, scanned.journalIdentifier, journalIdentifier) {
            throw .journalIdentifierChanged
        }
        guard scanned.sequence == linesChecked else {
            throw .sequenceOutOfOrder(expected: linesChecked, found: scanned.sequence)
        }
        let sameBoot = linesChecked > 0 && Self.equal(line, scanned.boot, boot)
        return try checkClocks(scanned, sameBoot: sameBoot, lineNumber: lineNumber)
    }

    /// Makes a line that passed `validate` the new last, keeping its clock warning.
    mutating func commit(
        _ line: UnsafeRawBufferPointer, _ scanned: ScannedLine, warning: VerificationWarning?
    ) {
        if let warning { warnings.append(warning) }
        let sameBoot = linesChecked > 0 && Self.equal(line, scanned.boot, boot)
        if linesChecked == 0 {
            journalIdentifier = Array(
                UnsafeRawBufferPointer(rebasing: line[scanned.journalIdentifier]))
            isSealed = scanned.mac != nil
        }
        if !sameBoot { boot = Array(UnsafeRawBufferPointer(rebasing: line[scanned.boot])) }
        lastMonotonic = scanned.monotonicNanoseconds
        lastWall = scanned.wallMicroseconds
        lastHashHex.withUnsafeMutableBytes {
            $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: line[scanned.hash]))
        }
        linesChecked += 1
    }

    /// Recomputes H over the prefix and compares its hex with `h`.
    private mutating func checkHash(_ line: UnsafeRawBufferPointer, _ scanned: ScannedLine)
        throws(VerificationProblem)
    {
        let prefix = UnsafeRawBufferPointer(rebasing: line[0..<scanned.prefixEnd])
        hashScratch.withUnsafeMutableBytes { LineFraming.hash(prefix: prefix, into: $0) }
        let matches = hashScratch.withUnsafeBytes {
            HexDigits.matches(line, from: scanned.hash.lowerBound, $0)
        }
        guard matches else { throw .hashMismatch }
    }

    /// Monotonic time may not go back within a boot; a wall clock stepping back is a
    /// warning, measured against the monotonic clock within a boot and against the
    /// previous record across boots.
    private func checkClocks(
        _ scanned: ScannedLine, sameBoot: Bool, lineNumber: Int
    ) throws(VerificationProblem) -> VerificationWarning? {
        guard linesChecked > 0 else { return nil }
        let wallStep = scanned.wallMicroseconds - lastWall
        if sameBoot {
            guard scanned.monotonicNanoseconds >= lastMonotonic else {
                throw .monotonicClockWentBackwards(
                    previous: lastMonotonic, found: scanned.monotonicNanoseconds)
            }
            let elapsed = Int64(clamping: (scanned.monotonicNanoseconds - lastMonotonic) / 1000)
            let drift = wallStep - elapsed
            if drift < -Self.clockStepThresholdMicroseconds {
                return .wallClockSteppedBack(line: lineNumber, seconds: Double(-drift) / 1_000_000)
            }
        } else if wallStep < -Self.clockStepThresholdMicroseconds {
            return .wallClockSteppedBack(line: lineNumber, seconds: Double(-wallStep) / 1_000_000)
        }
        return nil
    }

    @inline(__always)
    private static func equal(
        _ line: UnsafeRawBufferPointer, _ range: Range<Int>, _ expected: [UInt8]
    ) -> Bool {
        guard range.count == expected.count, let base = line.baseAddress else { return false }
        return expected.withUnsafeBytes { bytes in
            guard let expectedBase = bytes.baseAddress else { return range.isEmpty }
            return memcmp(base + range.lowerBound, expectedBase, range.count) == 0
        }
    }
}
