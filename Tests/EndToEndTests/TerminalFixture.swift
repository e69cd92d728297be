import Foundation
import ShodoTestSupport

/// `shodo` running in a real terminal (tmux) on the CLI fixtures, with a private home.
struct TerminalFixture {
    let home = TemporaryDirectory("shodo-e2e")
    static let binary = BuiltProducts.path("shodo")
    static let contentHome = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ShodoCLITests/Fixtures/home").path

    /// The checkout itself: the bundled runbooks, drill scenarios and contacts template.
    static let bundledHome = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    var journals: String { home.file("journals") }

    func environment(language: String = "C.UTF-8", contentHome: String = Self.contentHome)
        -> [String: String]
    {
        [
            "HOME": home.path, "XDG_CONFIG_HOME": home.file("config"),
            "XDG_STATE_HOME": home.file("state"),
            "SHODO_HOME": contentHome, "LANG": language, "TERM": "xterm-256color",
        ]
    }

    /// Starts `shodo ARGUMENTS --journal-dir …` in an 80x24 tmux window, on the CLI
    /// fixtures (or on `contentHome`'s runbooks).
    func start(
        _ arguments: [String], language: String = "C.UTF-8", width: Int = 80, height: Int = 24,
        contentHome: String = Self.contentHome
    ) throws -> TmuxSession {
        try TmuxSession(
            command: [Self.binary] + arguments + ["--journal-dir", journals], width: width,
            height: height,
            environment: environment(language: language, contentHome: contentHome))
    }

    /// The only journal written so far.
    func journal() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: journals).filter {
            $0.hasSuffix(".jsonl")
        }
        guard names.count == 1, let name = names.first else {
            throw CocoaError(
                .fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "journals: \(names)"])
        }
        return (journals as NSString).appendingPathComponent(name)
    }

    func kinds(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap {
            line in
            guard let range = line.range(of: #""kind":""#) else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    func verify(_ path: String, expect code: String? = nil) throws -> ProcessRun {
        try ProcessRun.run(
            Self.binary, ["journal", "verify", path] + (code.map { ["--expect", $0] } ?? []),
            environment: environment())
    }

    /// The verification code shown as plain text on `screen`.
    static func code(on screen: [String]) -> String? {
        let pattern = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/
        for line in screen {
            if let match = line.firstMatch(of: pattern) { return String(match.output) }
        }
        return nil
    }

    /// The pid of the `shodo` process under the pane's shell, read from /proc.
    static func shodoPID(under shell: Int32) -> Int32? {
        ProcessIdentity(pid: shell)?.children.first { $0.name == "shodo" }?.pid
    }
}
