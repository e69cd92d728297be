import Foundation
import Synchronization
import Testing

/// A suite (or test) trait: every long-lived process its tests start — tmux
/// servers and what runs in their panes, `InteractiveProcess` children — must
/// have ended when it ends.
///
/// `TmuxSession` and `InteractiveProcess` record what they start in the check
/// of the running suite (a task-local, so suites running at the same time keep
/// separate lists). At the end the check waits a bounded time for them to go,
/// then records an issue naming each survivor and ends it with SIGKILL, so a
/// leak fails the run instead of piling up on the machine.
public struct LeftoverProcessCheck: SuiteTrait, TestTrait, TestScoping {
    @TaskLocal static var current: Started?

    /// Adds processes to the running check's list; nothing when no check runs.
    public static func record(_ processes: [ProcessIdentity]) {
        current?.add(processes)
    }

    /// What the running check has recorded so far; empty when no check runs.
    public static var recorded: [ProcessIdentity] {
        current?.recorded ?? []
    }

    /// Once around the whole suite (or test function), not around each test.
    public func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? self : nil
    }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let started = Started()
        defer { started.check(test.displayName ?? test.name) }
        try await Self.$current.withValue(started) { try await function() }
    }

    /// The processes started under one check.
    public final class Started: Sendable {
        private let processes = Mutex<[ProcessIdentity]>([])

        public init() {}

        public func add(_ more: [ProcessIdentity]) {
            processes.withLock { $0 += more }
        }

        var recorded: [ProcessIdentity] {
            processes.withLock { $0 }
        }

        /// Waits up to `seconds` for every recorded process to end; records an
        /// issue naming those that did not, and ends them (and theirs) with SIGKILL.
        public func check(
            _ scope: String, waitingUpTo seconds: TimeInterval = ProcessIdentity.endingSeconds
        ) {
            let survivors = ProcessIdentity.waitUntilGone(recorded, within: seconds)
            guard !survivors.isEmpty else { return }
            // Their descendants were never recorded if the one that started them was never closed.
            let leftovers = survivors + survivors.flatMap(\.descendants)
            let names = leftovers.map(\.description).joined(separator: "\n")
            Issue.record(
                "\(scope): \(leftovers.count) process(es) started by the tests outlived them; ending them with SIGKILL:\n\(names)"
            )
            let unkillable = ProcessIdentity.forceEnd(leftovers).map(\.description).joined(
                separator: "\n")
            if !unkillable.isEmpty {
                Issue.record("still running after SIGKILL:\n\(unkillable)")
            }
        }
    }
}

extension Trait where Self == LeftoverProcessCheck {
    /// Fails the suite if a process its tests started is still running at its end.
    public static var noProcessOutlivesTheSuite: Self { LeftoverProcessCheck() }
}
