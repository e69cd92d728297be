import Foundation

/// A time zone looked up on first use. Foundation finds the system's zone
/// through ICU, which costs a start of the terminal UI about 0.3 ms, and the
/// first screens show no times; one instance is shared by the environment and
/// the journal catalog, so the lookup happens once.
///
/// Sendable because the journal catalog is; the lock guards `resolved`.
final class LazyTimeZone: @unchecked Sendable {
    private let lock = NSLock()
    private var resolved: TimeZone?

    /// The system's zone, looked up when first asked for.
    init() {}

    /// A zone already known (tests, fixed zones).
    init(_ zone: TimeZone) {
        resolved = zone
    }

    var value: TimeZone {
        lock.withLock {
            if let resolved { return resolved }
            let zone = TimeZone.current
            resolved = zone
            return zone
        }
    }
}
