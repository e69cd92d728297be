/// Where the parts of one journal line are, found by `JournalLineScanner` without copying.
///
/// Ranges index the line's bytes (without its newline). `jid`, `ts`, `boot` and the hashes
/// exclude the quotes; `actor`, `kind` and `msg` include them because they may hold
/// escapes and are decoded as JSON.
struct ScannedLine {
    /// One top-level member of the prefix, for decoding into a `JournalRecord`.
    struct MemberLocation {
        /// The name's bytes between the quotes.
        var name: Range<Int>
        /// Whether the name contains escapes and must be decoded.
        var nameHasEscapes: Bool
        /// The value's bytes, quotes included for strings.
        var value: Range<Int>
    }

    /// The index just after `prev`'s closing quote: the prefix is `0..<prefixEnd`.
    var prefixEnd = 0
    var version: Int64 = 0
    var journalIdentifier = 0..<0
    var sequence = 0
    var timestamp = 0..<0
    var wallMicroseconds: Int64 = 0
    var monotonicNanoseconds: UInt64 = 0
    var boot = 0..<0
    var actor = 0..<0
    var kind = 0..<0
    var message = 0..<0
    var previousHash = 0..<0
    var hash = 0..<0
    var mac: Range<Int>?
    /// Every prefix member in file order; filled only when the caller asks for it.
    var members: [MemberLocation] = []
}
