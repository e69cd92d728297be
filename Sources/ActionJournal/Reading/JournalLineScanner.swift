import Notation

/// Finds and checks the members of one line of a journal, byte by byte.
///
/// Members may come in any order (another implementation may write them differently)
/// and may hold any JSON; only `prev` must close the prefix, followed by the exact tail.
/// Nothing is re-serialized: the prefix is hashed as it stands.
enum JournalLineScanner {
    private static let hashHexLength = 64
    private static let tailStart = Array(",\"h\":\"".utf8)
    private static let macStart = Array("\",\"mac\":\"".utf8)
    private static let closing = Array("\"}".utf8)
    /// `,"h":"` + 64 hex + `"}`.
    static let unsealedTailLength = 6 + 64 + 2
    /// `,"h":"` + 64 hex + `","mac":"` + 64 hex + `"}`.
    static let sealedTailLength = 6 + 64 + 9 + 64 + 2

    /// Scans `line` (without its newline). With `collectingMembers`, records every
    /// member's location for decoding; verification alone leaves it off to stay fast.
    static func scan(
        _ line: UnsafeRawBufferPointer, collectingMembers: Bool
    ) throws(VerificationProblem) -> ScannedLine {
        var scanned = ScannedLine()
        var seen = 0  // one bit per ReservedMember
        var position = JSONSyntax.skipWhitespace(line, 0)
        guard position < line.count, line[position] == UInt8(ascii: "{") else {
            throw position < line.count && line[position] == 0
                ? .containsNULBytes : .malformed("the line does not start with '{'")
        }
        position = JSONSyntax.skipWhitespace(line, position + 1)
        while true {
            let nameStart = position
            let (nameEnd, nameHasEscapes) = try JSONSyntax.scanString(line, position)
            let name = nameStart + 1..<nameEnd - 1
            position = JSONSyntax.skipWhitespace(line, nameEnd)
            guard position < line.count, line[position] == UInt8(ascii: ":") else {
                throw .malformed("expected ':' at byte \(position + 1)")
            }
            let valueStart = JSONSyntax.skipWhitespace(line, position + 1)
            let member =
                nameHasEscapes
                ? reservedMember(escapedName: line, name) : ReservedMember.matching(line, name)
            if let member {
                let bit = 1 << member.rawValue
                guard seen & bit == 0 else { throw .duplicateMember(member.name) }
                seen |= bit
            }
            if member == .previousHash {
                let valueEnd = try scanPreviousHash(line, valueStart, into: &scanned)
                if collectingMembers {
                    scanned.members.append(
                        .init(
                            name: name, nameHasEscapes: nameHasEscapes, value: valueStart..<valueEnd
                        ))
                }
                scanned.prefixEnd = valueEnd
                try scanTail(line, from: valueEnd, into: &scanned)
                break
            }
            let valueEnd = try JSONSyntax.skipValue(line, valueStart)
            if let member {
                try record(member, line, valueStart..<valueEnd, into: &scanned)
            }
            if collectingMembers {
                scanned.members.append(
                    .init(name: name, nameHasEscapes: nameHasEscapes, value: valueStart..<valueEnd))
            }
            position = JSONSyntax.skipWhitespace(line, valueEnd)
            guard position < line.count, line[position] == UInt8(ascii: ",") else {
                throw position < line.count && line[position] == UInt8(ascii: "}")
                    ? .missingMember("prev") : .malformed("expected ',' at byte \(position + 1)")
            }
            position = JSONSyntax.skipWhitespace(line, position + 1)
        }
        for required in ReservedMember.requiredInPrefix where seen & (1 << required.rawValue) == 0 {
            throw .missingMember(required.name)
        }
        return scanned
    }

    private static func reservedMember(escapedName line: UnsafeRawBufferPointer, _ name: Range<Int>)
        -> ReservedMember?
    {
        guard let decoded = try? JSONValueParser.decodeString(line, name.lowerBound - 1) else {
            return nil
        }
        return ReservedMember.named(decoded.value)
    }

    /// Checks a reserved member's value and stores what the chain checker needs.
    private static func record(
        _ member: ReservedMember, _ line: UnsafeRawBufferPointer, _ value: Range<Int>,
        into scanned: inout ScannedLine
    ) throws(VerificationProblem) {
        switch member {
        case .version:
            guard let version = wholeNumber(line, value), version >= 1 else {
                throw .invalidMember(name: "v", expected: "the format version 1")
            }
            guard version == 1 else { throw .newerFormat(version: version) }
            scanned.version = version
        case .journalIdentifier:
            let text = try stringContents(line, value, member)
            guard isLowercaseUUID(line, text) else {
                throw .invalidMember(name: member.name, expected: "a lowercase UUID")
            }
            scanned.journalIdentifier = text
        case .sequence:
            guard let sequence = wholeNumber(line, value), sequence >= 0, sequence <= Int.max else {
                throw .invalidMember(name: member.name, expected: "a whole number from 0")
            }
            scanned.sequence = Int(sequence)
        case .timestamp:
            let text = try stringContents(line, value, member)
            guard let microseconds = JournalTimestamp.microseconds(line, text) else {
                throw .invalidMember(
                    name: member.name,
                    expected: "an RFC 3339 UTC time like 2025-11-21T19:35:22.328169Z")
            }
            scanned.timestamp = text
            scanned.wallMicroseconds = microseconds
        case .monotonicNanoseconds:
            guard let nanoseconds = wholeNumber(line, value), nanoseconds >= 0 else {
                throw .invalidMember(name: member.name, expected: "a whole number of nanoseconds")
            }
            scanned.monotonicNanoseconds = UInt64(nanoseconds)
        case .boot:
            let text = try stringContents(line, value, member)
            guard !text.isEmpty else {
                throw .invalidMember(name: member.name, expected: "a non-empty boot id")
            }
            scanned.boot = text
        case .actor:
            _ = try stringContents(line, value, member)
            scanned.actor = value
        case .kind:
            _ = try stringContents(line, value, member)
            scanned.kind = value
        case .message:
            _ = try stringContents(line, value, member)
            scanned.message = value
        case .previousHash:
            break  // handled by scanPreviousHash
        case .hash, .mac:
            throw .malformed("\"\(member.name)\" appears before \"prev\"")
        }
    }

    private static func scanPreviousHash(
        _ line: UnsafeRawBufferPointer, _ start: Int, into scanned: inout ScannedLine
    ) throws(VerificationProblem) -> Int {
        let contents = start + 1..<start + 1 + hashHexLength
        guard start + hashHexLength + 2 <= line.count, line[start] == UInt8(ascii: "\""),
            line[contents.upperBound] == UInt8(ascii: "\""),
            HexDigits.isLowercaseHex(line, contents)
        else { throw .invalidMember(name: "prev", expected: "64 lowercase hex digits") }
        scanned.previousHash = contents
        return contents.upperBound + 1
    }

    /// The tail must be byte for byte `,"h":"<hex>"}` or `,"h":"<hex>","mac":"<hex>"}`.
    private static func scanTail(
        _ line: UnsafeRawBufferPointer, from start: Int, into scanned: inout ScannedLine
    ) throws(VerificationProblem) {
        let remaining = line.count - start
        guard remaining == unsealedTailLength || remaining == sealedTailLength,
            matches(line, at: start, tailStart)
        else { throw .tailMalformed }
        let hash = start + tailStart.count..<start + tailStart.count + hashHexLength
        guard HexDigits.isLowercaseHex(line, hash) else { throw .tailMalformed }
        scanned.hash = hash
        if remaining == unsealedTailLength {
            guard matches(line, at: hash.upperBound, closing) else { throw .tailMalformed }
            return
        }
        let mac =
            hash.upperBound + macStart.count..<hash.upperBound + macStart.count + hashHexLength
        guard matches(line, at: hash.upperBound, macStart), HexDigits.isLowercaseHex(line, mac),
            matches(line, at: mac.upperBound, closing)
        else { throw .tailMalformed }
        scanned.mac = mac
    }

    @inline(__always)
    private static func matches(_ line: UnsafeRawBufferPointer, at start: Int, _ expected: [UInt8])
        -> Bool
    {
        guard start + expected.count <= line.count else { return false }
        for offset in 0..<expected.count where line[start + offset] != expected[offset] {
            return false
        }
        return true
    }

    /// The range inside the quotes when `value` is a string, else an error naming `member`.
    private static func stringContents(
        _ line: UnsafeRawBufferPointer, _ value: Range<Int>, _ member: ReservedMember
    ) throws(VerificationProblem) -> Range<Int> {
        guard value.count >= 2, line[value.lowerBound] == UInt8(ascii: "\"") else {
            throw .invalidMember(name: member.name, expected: "a string")
        }
        return value.lowerBound + 1..<value.upperBound - 1
    }

    /// A non-negative whole number written without sign, fraction, exponent or leading
    /// zeros, as `Int64`; `nil` for anything else or on overflow.
    private static func wholeNumber(_ line: UnsafeRawBufferPointer, _ value: Range<Int>) -> Int64? {
        guard !value.isEmpty, value.count <= 19 else { return nil }
        if value.count > 1, line[value.lowerBound] == UInt8(ascii: "0") { return nil }
        var number: Int64 = 0
        for index in value {
            let digit = line[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (product, overflowed) = number.multipliedReportingOverflow(by: 10)
            guard !overflowed else { return nil }
            let (sum, overflowedSum) = product.addingReportingOverflow(Int64(digit))
            guard !overflowedSum else { return nil }
            number = sum
        }
        return number
    }

    private static func isLowercaseUUID(_ line: UnsafeRawBufferPointer, _ text: Range<Int>) -> Bool
    {
        guard text.count == 36 else { return false }
        let base = text.lowerBound
        for offset in [8, 13, 18, 23] where line[base + offset] != UInt8(ascii: "-") {
            return false
        }
        return HexDigits.isLowercaseHex(line, base..<base + 8)
            && HexDigits.isLowercaseHex(line, base + 9..<base + 13)
            && HexDigits.isLowercaseHex(line, base + 14..<base + 18)
            && HexDigits.isLowercaseHex(line, base + 19..<base + 23)
            && HexDigits.isLowercaseHex(line, base + 24..<base + 36)
    }
}
