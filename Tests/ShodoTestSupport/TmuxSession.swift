import Foundation
import Testing

/// A real terminal for end-to-end tests: a program in a private tmux server,
/// driven with `send-keys` and read with `capture-pane`.
///
/// Waits poll the screen until the expected text shows or a generous deadline
/// passes; they never stand in for a fixed sleep, so a busy machine only makes
/// a test slower, not flaky. (docs/ncurses.md "Testing in a real terminal (tmux)": a
/// private socket and a keep-alive session keep the server from vanishing between tests.)
///
/// `close()` must end the server and everything in its panes; what it started
/// is recorded in the running `LeftoverProcessCheck`.
public final class TmuxSession {
    public let socket: String
    public let name = "e2e"
    /// How long a wait may take before the test fails.
    public var deadline: TimeInterval = 60
    /// The tmux server, once started; nil again after `shutDown()`.
    public private(set) var server: ProcessIdentity?
    private var isShutDown = false

    /// Starts `command` in a new `width`x`height` window. `environment` is set
    /// for the program only (tmux passes it with `-e`).
    public init(
        command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]
    ) throws {
        socket = "shodo-e2e-\(UUID().uuidString.prefix(8))"
        do {
            try startServer([
                "new-session", "-d", "-s", "keepalive", "-x", "10", "-y", "5", "sleep 86400",
            ])
            try startProgram(command, width: width, height: height, environment: environment)
        } catch {
            // Nobody gets a session to close: end the server here.
            try? shutDown()
            throw error
        }
    }

    private func startProgram(
        _ command: [String], width: Int, height: Int, environment: [String: String]
    ) throws {
        let pid = try tmux(["display-message", "-p", "#{pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard let started = Int32(pid).flatMap(ProcessIdentity.init(pid:)) else {
            throw TmuxTimeout(waitedFor: "the tmux server's pid (got '\(pid)')", screen: [])
        }
        server = started
        LeftoverProcessCheck.record([started])
        var arguments = [
            "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
        ]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append(
            command.map(Self.shellQuoted).joined(separator: " ")
                + "; echo \"EXIT\"\"=$?\"; sleep 86400")
        try startServer(arguments)
    }

    /// Whether tmux can be run at all on this machine.
    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Types keys as tmux names them (`Enter`, `Escape`, `Up`, `C-c`, `q`).
    public func press(_ keys: String...) throws {
        _ = try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types text literally (UTF-8, Japanese included), as a terminal delivers it.
    public func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-t", name, "-l", text])
    }

    public func resize(width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The visible screen, one string per row, trailing spaces removed.
    public func screen() throws -> [String] {
        let text = try tmux(["capture-pane", "-p", "-t", name])
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// Waits until `text` is on screen; returns the screen then. Throws with the
    /// last screen when the deadline passes.
    @discardableResult
    public func waitFor(_ text: String) throws -> [String] {
        try waitUntil("'\(text)' on screen") { $0.joined(separator: "\n").contains(text) }
    }

    /// Waits until `condition` holds for the screen.
    @discardableResult
    public func waitUntil(_ what: String, _ condition: ([String]) -> Bool) throws -> [String] {
        let end = Date().addingTimeInterval(deadline)
        var last: [String] = []
        while Date() < end {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw TmuxTimeout(waitedFor: what, screen: last)
    }

    /// tmux's pane flags: alternate screen on, cursor visible, keypad mode.
    public func paneFlags() throws -> String {
        try tmux([
            "display-message", "-p", "-t", name, "#{alternate_on} #{cursor_flag} #{keypad_flag}",
        ])
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the program running in the pane (the shell's child).
    public func panePID() throws -> Int32 {
        Int32(
            try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(
                in: .whitespacesAndNewlines)) ?? 0
    }

    /// Ends the sessions, then the server; records an issue if anything
    /// survives (see `shutDown()`). For `defer`, which cannot throw.
    public func close() {
        do {
            try shutDown()
        } catch {
            Issue.record(error)
        }
    }

    /// Kills the sessions (their programs get SIGHUP), then the server, and
    /// waits a bounded time for the server and every process under it to end.
    /// Survivors get SIGKILL and the call throws `TmuxLeftover`: tmux's own way
    /// of stopping failed, which the tests must not hide. Safe to call twice.
    public func shutDown() throws {
        guard !isShutDown else { return }
        isShutDown = true
        let started = server.map { [$0] + $0.descendants } ?? []
        server = nil
        LeftoverProcessCheck.record(started)
        // Statuses are not checked: the server leaves with its last session, so a
        // later command may find none. Whether everything ended is checked below.
        for command in [
            ["kill-session", "-t", name], ["kill-session", "-t", "keepalive"], ["kill-server"],
        ] {
            _ = try? SpawnedCommand.run(
                ["tmux", "-L", socket] + command, environment: Self.tmuxEnvironment,
                captureOutput: false)
        }
        let survivors = ProcessIdentity.waitUntilGone(started)
        guard survivors.isEmpty else {
            let descriptions = survivors.map(\.description)
            let unkillable = ProcessIdentity.forceEnd(survivors)
            throw TmuxLeftover(
                socket: socket, survivors: descriptions, endedBySIGKILL: unkillable.isEmpty)
        }
    }

    private static let tmuxEnvironment = [
        "PATH": "/usr/local/bin:/usr/bin:/bin", "TERM": "xterm-256color",
        "HOME": NSTemporaryDirectory(),
    ]

    /// Commands that may start the tmux server, which must not inherit a pipe of ours.
    private func startServer(_ arguments: [String]) throws {
        let run = try SpawnedCommand.run(
            ["tmux", "-L", socket] + arguments, environment: Self.tmuxEnvironment,
            captureOutput: false)
        guard run.status == 0 else {
            throw TmuxTimeout(
                waitedFor: "tmux \(arguments.first ?? "") (exit \(run.status))", screen: [])
        }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let run = try SpawnedCommand.run(
            ["tmux", "-L", socket] + arguments, environment: Self.tmuxEnvironment,
            captureOutput: true)
        guard run.status == 0 else {
            throw TmuxTimeout(
                waitedFor: "tmux \(arguments.first ?? "") (exit \(run.status))", screen: [])
        }
        return run.output
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A tmux server, or a process in one of its panes, that outlived `kill-server`.
public struct TmuxLeftover: Error, CustomStringConvertible {
    public let socket: String
    public let survivors: [String]
    public let endedBySIGKILL: Bool

    public var description: String {
        "tmux -L \(socket): still running after kill-session and kill-server"
            + (endedBySIGKILL ? " (ended with SIGKILL):\n" : ", even after SIGKILL:\n")
            + survivors.joined(separator: "\n")
    }
}

/// A wait that ran out, with the screen as it was.
public struct TmuxTimeout: Error, CustomStringConvertible {
    public let waitedFor: String
    public let screen: [String]

    public var description: String {
        "timed out waiting for \(waitedFor); screen:\n" + screen.joined(separator: "\n")
    }
}
