import Foundation

/// A real terminal for end-to-end tests: a program in a private tmux server,
/// driven with `send-keys` and read with `capture-pane`.
///
/// Waits poll the screen until the expected text shows or a generous deadline
/// passes; they never stand in for a fixed sleep, so a busy machine only makes
/// a test slower, not flaky. (ncurses-swift-notes.md §4: a private socket and a
/// keep-alive session keep the server from vanishing between tests.)
public final class TmuxSession {
    public let socket: String
    public let name = "e2e"
    /// How long a wait may take before the test fails.
    public var deadline: TimeInterval = 60

    /// Starts `command` in a new `width`x`height` window. `environment` is set
    /// for the program only (tmux passes it with `-e`).
    public init(command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "shodo-e2e-\(UUID().uuidString.prefix(8))"
        try startServer(["new-session", "-d", "-s", "keepalive", "-x", "10", "-y", "5", "sleep 86400"])
        var arguments = ["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append(command.map(Self.shellQuoted).joined(separator: " ") + "; echo \"EXIT\"\"=$?\"; sleep 86400")
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
        try tmux(["display-message", "-p", "-t", name, "#{alternate_on} #{cursor_flag} #{keypad_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the program running in the pane (the shell's child).
    public func panePID() throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    public func close() {
        try? startServer(["kill-server"])
    }

    private static let tmuxEnvironment = [
        "PATH": "/usr/local/bin:/usr/bin:/bin", "TERM": "xterm-256color", "HOME": NSTemporaryDirectory(),
    ]

    /// Commands that may start the tmux server, which must not inherit a pipe of ours.
    private func startServer(_ arguments: [String]) throws {
        let run = try SpawnedCommand.run(
            ["tmux", "-L", socket] + arguments, environment: Self.tmuxEnvironment, captureOutput: false)
        guard run.status == 0 else {
            throw TmuxTimeout(waitedFor: "tmux \(arguments.first ?? "") (exit \(run.status))", screen: [])
        }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let run = try SpawnedCommand.run(
            ["tmux", "-L", socket] + arguments, environment: Self.tmuxEnvironment, captureOutput: true)
        guard run.status == 0 else {
            throw TmuxTimeout(waitedFor: "tmux \(arguments.first ?? "") (exit \(run.status))", screen: [])
        }
        return run.output
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
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
