import ActionJournal

/// A live output that fails on command, to prove the writer fails closed.
final class FailingOutput: JournalOutput, @unchecked Sendable {
    // Only the test that made it touches it, from one task.
    private let live: FileDescriptorJournalOutput
    var failWritesWith: Int32?
    var failSyncsWith: Int32?
    var shortenWritesBy = 0
    private(set) var writeCalls = 0
    private(set) var syncCalls = 0

    init(descriptor: Int32) { live = FileDescriptorJournalOutput(descriptor: descriptor) }

    func write(_ line: [UInt8]) throws(JournalOutputFailure) -> Int {
        writeCalls += 1
        if let failWritesWith { throw JournalOutputFailure(errno: failWritesWith) }
        if shortenWritesBy > 0 { return try live.write(Array(line.dropLast(shortenWritesBy))) }
        return try live.write(line)
    }

    func synchronize() throws(JournalOutputFailure) {
        syncCalls += 1
        if let failSyncsWith { throw JournalOutputFailure(errno: failSyncsWith) }
        try live.synchronize()
    }
}
