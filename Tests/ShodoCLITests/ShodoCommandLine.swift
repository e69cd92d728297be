import Foundation
import ShodoTestSupport

/// Runs the real `shodo` binary against the fixture runbooks in a private home.
struct ShodoCommandLine {
    let home = TemporaryDirectory("shodo-cli")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path
    static let binary = BuiltProducts.path("shodo")

    var journals: String { home.file("journals") }

    var environment: [String: String] {
        var environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.file("config"),
            "XDG_STATE_HOME": home.file("state"),
            "SHODO_HOME": Self.fixtures + "/home", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        ]
        // Under scripts/sanitize the binary is sanitized too: it keeps the run's options
        // (and its leak suppressions) rather than the defaults.
        for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "SWIFT_BACKTRACE"] {
            environment[name] = ProcessInfo.processInfo.environment[name]
        }
        return environment
    }

    func run(_ arguments: [String], input: String = "") throws -> ProcessRun {
        try ProcessRun.run(Self.binary, arguments, input: input, environment: environment)
    }

    /// Runs `script` with `sh -c`, `$0` being the binary and `$@` the arguments; each
    /// of `files` is written into the home and named by its key in the environment.
    func shell(_ script: String, _ arguments: [String], files: [String: String] = [:]) throws
        -> ProcessRun
    {
        var environment = environment
        for (name, text) in files {
            environment[name] = home.file(name)
            try text.write(toFile: home.file(name), atomically: true, encoding: .utf8)
        }
        return try ProcessRun.run(
            "/bin/sh", ["-c", script, Self.binary] + arguments, environment: environment)
    }

    /// A headless run of `runbook` with the actions given, into the private journal directory.
    func headless(_ runbook: String, _ actions: [String], language: String = "en") throws
        -> ProcessRun
    {
        try run(
            [
                "run", runbook, "--headless", "--operator", "看護師A", "--journal-dir", journals,
                "--lang", language,
            ],
            input: actions.map { $0 + "\n" }.joined())
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

    func lines(of path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func write(lines: [String], to path: String) throws {
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: path, atomically: false, encoding: .utf8)
    }

    /// The actions that walk `full-tour` through every step kind to its end.
    static let fullTour = [
        "done", "note 写真を撮った", "input HIS-51", "input", "choose wired", "confirm", "done", "done",
        "done",
        "reached oncall 向かうとのこと", "no-answer responder", "done", "done 192.168.1.1 00-11-22",
        "done",
    ]

    /// The verification code printed at the end of `output`.
    static func code(in output: String) -> String? {
        output.split(separator: "\n").last { $0.hasPrefix("verification code ") }
            .map { String($0.dropFirst("verification code ".count)) }
    }
}
