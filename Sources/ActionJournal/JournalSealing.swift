/// The hook through which a sealed journal gets each record's MAC.
///
/// The writer calls it once per record, in order, with the record's 32-byte hash `H_i`
/// and its kind (a `seal` record closes an epoch, after which the key evolves). It
/// returns `T_i`, 32 bytes, written as `"mac"` in the tail. A journal written without a
/// sealing has no `mac` members at all.
public protocol JournalSealing: AnyObject {
    /// The MAC of the record whose hash is `recordHash`; throwing fails the writer.
    func mac(forRecordHash recordHash: [UInt8], kind: String) throws -> [UInt8]
}
