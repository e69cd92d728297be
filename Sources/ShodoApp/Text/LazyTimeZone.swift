import ActionJournal
import Foundation

/// The machine's time zone, looked up on first use. Foundation finds the system's
/// zone through ICU, which costs a start of the terminal UI about 0.3 ms, and the
/// first screens show no times.
///
/// Sendable because the journal catalog is; the lock guards `resolved`.
final class LazyTimeZone: @unchecked Sendable {
    private let lock = NSLock()
    private let facts: any MachineFacts
    private var resolved: TimeZone?

    /// The zone `facts` gives, asked for when first needed.
    init(_ facts: any MachineFacts) {
        self.facts = facts
    }

    var value: TimeZone {
        lock.withLock {
            if let resolved { return resolved }
            let zone = facts.timeZone()
            resolved = zone
            return zone
        }
    }
}
