import ActionJournal
import Foundation
import Synchronization

/// A journal output that works for the first `healthyWrites` lines, then fails
/// the write or the sync with an injected errno (a full disk, a dying device).
public final class FailingJournalOutput: JournalOutput {
    public enum Failure: Sendable {
        case write(errno: Int32)
        case synchronize(errno: Int32)
    }

    private let descriptor: Int32
    private let failure: Failure
    private let writesLeft: Atomic<Int>

    public init(descriptor: Int32, healthyWrites: Int, failure: Failure) {
        self.descriptor = descriptor
        self.failure = failure
        self.writesLeft = Atomic(healthyWrites)
    }

    public func write(_ line: [UInt8]) throws(JournalOutputFailure) -> Int {
        if writesLeft.load(ordering: .relaxed) <= 0, case .write(let code) = failure {
            throw JournalOutputFailure(errno: code)
        }
        let written = line.withUnsafeBytes {
            Foundation.write(descriptor, $0.baseAddress, $0.count)
        }
        if written < 0 { throw JournalOutputFailure(errno: errno) }
        return written
    }

    public func synchronize() throws(JournalOutputFailure) {
        let left = writesLeft.subtract(1, ordering: .relaxed).newValue
        if left < 0, case .synchronize(let code) = failure {
            throw JournalOutputFailure(errno: code)
        }
        if fdatasync(descriptor) != 0 { throw JournalOutputFailure(errno: errno) }
    }

    /// A factory handing out such outputs.
    public static func factory(healthyWrites: Int, failure: Failure) -> JournalOutputFactory {
        JournalOutputFactory {
            FailingJournalOutput(descriptor: $0, healthyWrites: healthyWrites, failure: failure)
        }
    }
}
