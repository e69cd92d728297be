/// The member names the format defines; a caller's payload may not use them.
enum ReservedMember: Int, CaseIterable, Sendable {
    case version, journalIdentifier, sequence, timestamp, monotonicNanoseconds, boot
    case actor, kind, message, previousHash, hash, mac

    /// The name as written in a record.
    var name: String {
        switch self {
        case .version: return "v"
        case .journalIdentifier: return "jid"
        case .sequence: return "seq"
        case .timestamp: return "ts"
        case .monotonicNanoseconds: return "mono_ns"
        case .boot: return "boot"
        case .actor: return "actor"
        case .kind: return "kind"
        case .message: return "msg"
        case .previousHash: return "prev"
        case .hash: return "h"
        case .mac: return "mac"
        }
    }

    /// The members every prefix must hold, `prev` included.
    static let requiredInPrefix: [ReservedMember] = [
        .version, .journalIdentifier, .sequence, .timestamp, .monotonicNanoseconds, .boot,
        .actor, .kind, .message, .previousHash,
    ]

    /// All reserved names, for checking a caller's payload.
    static let names: Set<String> = Set(allCases.map(\.name))

    private static let utf8Names: [[UInt8]] = allCases.map { Array($0.name.utf8) }

    /// The reserved member whose unescaped name is `bytes[range]`, if any.
    @inline(__always)
    static func matching(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> ReservedMember? {
        let length = range.count
        guard length <= 7 else { return nil }
        for (index, name) in utf8Names.enumerated() where name.count == length {
            var equal = true
            for offset in 0..<length where bytes[range.lowerBound + offset] != name[offset] {
                equal = false
                break
            }
            if equal { return ReservedMember(rawValue: index) }
        }
        return nil
    }

    /// The reserved member named `name`, if any (for names written with escapes).
    static func named(_ name: String) -> ReservedMember? {
        allCases.first { $0.name == name }
    }
}
