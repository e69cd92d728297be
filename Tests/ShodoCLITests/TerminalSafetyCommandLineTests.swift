import Foundation
import ShodoTestSupport
import Testing

/// No byte from a runbook, an operator name, a note or a value reaches a terminal
/// as a control sequence: each is shown as `<U+XXXX>`, through every command.
@Suite("Terminal safety of what the real binary prints")
struct TerminalSafetyCommandLineTests {
    /// ESC (as in `ESC ] 0 ; title BEL` and `ESC [ 2 J`), CSI as one C1 scalar, and a bidi override.
    static let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m\u{202E}txet"

    static let runbook = """
        format: 1
        id: hostile
        version: 1
        title: {ja: 試験, en: Test}
        langs: [ja, en]
        steps:
          - id: who
            kind: input
            field: who
            type: text
            title: {ja: 名前, en: Name}
          - id: call
            title: {ja: "{{who}} に電話", en: "Call {{who}}"}
          - id: finish
            kind: end
            outcome: resolved
            title: {ja: おわり, en: Finished}
        """

    /// Whether `text` holds a scalar a terminal would act on (tab and line feed are fine).
    static func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t")
                || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value)
                || (0x2066...0x2069).contains(scalar.value)
        }
    }

    @Test func notesValuesNamesAndRefusalsAreShownNotInterpreted() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let runbooks = cli.home.file("hostile-runbooks")
        try FileManager.default.createDirectory(atPath: runbooks, withIntermediateDirectories: true)
        cli.home.write("hostile-runbooks/hostile.yaml", Self.runbook)
        let run = try cli.run(
            [
                "run", "hostile", "--headless", "--operator", "nurse" + Self.hostile, "--runbooks",
                runbooks,
                "--journal-dir", cli.journals, "--lang", "en",
            ],
            input: ["input ann" + Self.hostile, "note n" + Self.hostile, Self.hostile + "done"].map
            { $0 + "\n" }
            .joined())
        #expect(run.status == 1, "the last line is an unknown action: stderr \(run.errors)")
        #expect(
            run.output.contains(
                "Call ann<U+001B>]0;owned<U+0007><U+001B>[2J<U+009B>31m<U+202E>txet"))
        #expect(run.errors.contains("<U+001B>]0;owned"))
        #expect(Self.isSafe(run.output) && Self.isSafe(run.errors))

        let journal = try cli.journal()
        #expect(
            try String(contentsOfFile: journal, encoding: .utf8).contains("\\u001b]0;owned"),
            "the journal keeps the bytes")
        let show = try cli.run(["journal", "show", journal])
        #expect(show.output.contains("nurse<U+001B>]0;owned"))
        #expect(Self.isSafe(show.output) && Self.isSafe(show.errors))
        let review = try cli.run(["review", journal])
        #expect(review.status == 0, "stderr: \(review.errors)")
        #expect(review.output.contains("<U+001B>"))
        #expect(Self.isSafe(review.output))
        let markdown = cli.home.file("report.md")
        #expect(
            try cli.run(["journal", "export", journal, "--format", "md", "-o", markdown]).status
                == 0)
        let file = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(file.contains("<U+001B>") && Self.isSafe(file), "a Markdown file is safe to cat")
    }

    /// An export keeps the exact text in a pipe or a file, and shows the code points
    /// when standard output is a terminal (a pseudo-terminal from `script`).
    @Test func anExportToATerminalShowsCodePointsAndToAPipeKeepsTheText() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let run = try cli.headless("full-tour", ["done", "note n" + Self.hostile])
        #expect(run.status == 3)
        let journal = try cli.journal()
        let piped = try cli.run(["journal", "export", journal, "--format", "csv"])
        #expect(
            piped.status == 0 && piped.output.contains("n" + Self.hostile),
            "a pipe gets the exact text")
        let terminal = try ProcessRun.run(
            "/usr/bin/script",
            [
                "-qec", "'\(ShodoCommandLine.binary)' journal export '\(journal)' --format csv",
                "/dev/null",
            ],
            environment: cli.environment)
        #expect(terminal.status == 0, "stderr: \(terminal.errors)")
        #expect(
            terminal.output.contains("n<U+001B>]0;owned<U+0007>"), "\(terminal.output.suffix(400))")
        #expect(
            !terminal.output.unicodeScalars.contains("\u{9B}")
                && !terminal.output.contains("\u{1B}]0;owned"))
    }

    @Test func diagnosticsThatEchoAFileShowItsControlCharacters() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let runbooks = cli.home.file("broken-runbooks")
        try FileManager.default.createDirectory(atPath: runbooks, withIntermediateDirectories: true)
        cli.home.write(
            "broken-runbooks/hostile.yaml",
            Self.runbook.replacingOccurrences(
                of: "outcome: resolved",
                with: #"outcome: "resolved\e]0;owned\a\u009B31m\u202Etxet""#))
        let result = try cli.run(["validate", runbooks + "/hostile.yaml"])
        #expect(result.status != 0)
        #expect(
            result.output.contains(
                "unknown outcome 'resolved<U+001B>]0;owned<U+0007><U+009B>31m<U+202E>txet'"),
            "stdout: \(result.output)")
        #expect(Self.isSafe(result.errors) && Self.isSafe(result.output))
    }
}
