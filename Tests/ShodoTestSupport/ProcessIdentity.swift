import Foundation

/// One process as /proc knows it: its pid and its start time, so that a pid
/// reused by an unrelated process after ours ended is not mistaken for ours.
public struct ProcessIdentity: Hashable, Sendable, CustomStringConvertible {
    public let pid: Int32
    /// Field 22 of /proc/PID/stat: clock ticks after boot at which it started.
    public let startTime: UInt64

    /// The process with `pid` now; nil when there is none.
    public init?(pid: Int32) {
        guard let stat = Self.stat(of: pid) else { return nil }
        self.pid = pid
        startTime = stat.startTime
    }

    /// Whether it still runs: the pid exists, started at the same time, and is no zombie.
    public var isRunning: Bool {
        guard let stat = Self.stat(of: pid) else { return false }
        return stat.startTime == startTime && stat.state != "Z" && stat.state != "X"
    }

    /// Its command name (`comm`), as in `ps`; empty once it has ended.
    public var name: String { Self.stat(of: pid)?.name ?? "" }

    /// Its direct children now.
    public var children: [ProcessIdentity] {
        Self.allStats().filter { $0.parent == pid }.compactMap { ProcessIdentity(pid: $0.pid) }
    }

    /// Its children, their children, and so on, now.
    public var descendants: [ProcessIdentity] {
        let stats = Self.allStats()
        var found: [ProcessIdentity] = []
        var seen: Set<Int32> = [pid]
        var parents: Set<Int32> = [pid]
        while true {
            let next = stats.filter { parents.contains($0.parent) && !seen.contains($0.pid) }
            if next.isEmpty { return found }
            found += next.compactMap { ProcessIdentity(pid: $0.pid) }
            parents = Set(next.map(\.pid))
            seen.formUnion(parents)
        }
    }

    /// A signal set from /proc/PID/status (`SigBlk` blocked, `SigIgn` ignored,
    /// `SigCgt` caught), bit N-1 for signal N; nil when unreadable.
    public func signalSet(_ field: String) -> UInt64? {
        (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)).flatMap {
            Self.signalSet(field, in: $0)
        }
    }

    /// A signal set from the text of a /proc/PID/status file (or lines of it).
    public static func signalSet(_ field: String, in status: String) -> UInt64? {
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return UInt64(
                line.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces), radix: 16)
        }
        return nil
    }

    /// `pid 123 (tmux: server) tmux -L shodo-e2e-… new-session …`, for failure messages.
    public var description: String {
        let arguments =
            (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")))
            .map { String(decoding: $0.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self) } ?? ""
        return "pid \(pid) (\(name)) \(arguments.prefix(160))".trimmingCharacters(in: .whitespaces)
    }

    /// How long a process that was told to end (SIGHUP, SIGTERM, SIGKILL) may
    /// take to go, on a busy machine, before it counts as left behind.
    public static let endingSeconds: TimeInterval = 15

    /// Polls until none of `processes` runs or `seconds` pass; returns those
    /// still running.
    ///
    /// A bounded wait on a condition: a busy machine makes it slower, never wrong.
    public static func waitUntilGone(
        _ processes: [ProcessIdentity], within seconds: TimeInterval = endingSeconds
    ) -> [ProcessIdentity] {
        let end = Date().addingTimeInterval(seconds)
        var running = processes.filter(\.isRunning)
        while !running.isEmpty && Date() < end {
            usleep(20_000)
            running = running.filter(\.isRunning)
        }
        return running
    }

    /// Sends SIGKILL to each of `processes` still running and waits for them to go;
    /// returns those that would not.
    public static func forceEnd(_ processes: [ProcessIdentity]) -> [ProcessIdentity] {
        for process in processes where process.isRunning { kill(process.pid, SIGKILL) }
        return waitUntilGone(processes)
    }

    private struct Stat {
        let pid: Int32
        let name: String
        let state: Character
        let parent: Int32
        let startTime: UInt64
    }

    /// /proc/PID/stat; the name may hold spaces and parentheses, so fields are
    /// counted from the last `)`.
    private static func stat(of pid: Int32) -> Stat? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")")
        else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state); field 4 is the parent, field 22 the start time.
        guard fields.count > 19, let state = fields[0].first, let parent = Int32(fields[1]),
            let startTime = UInt64(fields[19])
        else { return nil }
        return Stat(
            pid: pid, name: String(text[text.index(after: open)..<close]), state: state,
            parent: parent,
            startTime: startTime)
    }

    private static func allStats() -> [Stat] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.compactMap { stat(of: $0) }
    }
}
