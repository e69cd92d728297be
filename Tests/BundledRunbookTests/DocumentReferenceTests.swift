import Foundation
import Testing

/// Comments cite the documents in `docs/` by path, with a section or a pitfall
/// (`docs/journal.md "Sealing"`, `docs/ncurses.md P6`), and the documents cite
/// each other by name. A cited file, section or pitfall that does not exist, or a
/// document named that is not in the repository, fails here, so no reference rots.
@Suite("Document references")
struct DocumentReferenceTests {
    @Test func everyCommentCitesADocumentSectionAndPitfallThatExist() throws {
        let references = try DocumentReferences(root: BundledContent.root)
        var problems: [String] = []
        var count = 0
        for path in try DocumentReferences.codeFiles(root: BundledContent.root) {
            let text = try String(contentsOfFile: BundledContent.root + "/" + path, encoding: .utf8)
            for block in DocumentReferences.commentBlocks(of: text, path: path) {
                let found = references.check(block.text, context: .code)
                count += found.count
                problems += found.problems.map { "\(path):\(block.line): \($0)" }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(count > 50, "only \(count) references found: is the scan reading the comments?")
    }

    @Test func everyDocumentCitesDocumentsAndSectionsThatExist() throws {
        let references = try DocumentReferences(root: BundledContent.root)
        var problems: [String] = []
        var count = 0
        for path in references.documentPaths + ["README.md"] {
            let text = try String(contentsOfFile: BundledContent.root + "/" + path, encoding: .utf8)
            let found = references.check(DocumentReferences.prose(of: text), context: .document)
            count += found.count
            problems += found.problems.map { "\(path): \($0)" }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(count > 50, "only \(count) references found")
    }

    @Test func theCheckRefusesWhatDoesNotExist() throws {
        let references = try DocumentReferences(
            headings: [
                "journal.md": DocumentReferences.headings(
                    of: "# The journal\n## Sealing\n### Evidence (revision 2)\n"),
                "ncurses.md": DocumentReferences.headings(
                    of: "# Notes\n```\n# P9: in a fence\n```\n### P5: locale\n"),
            ],
            rootFiles: ["README.md"])
        let fine = [
            "see docs/journal.md", "docs/journal.md \"Sealing\" says",
            "docs/journal.md, \"Evidence\"",
            "(docs/ncurses.md P5)", "README.md",
        ]
        for text in fine {
            #expect(
                references.check(text, context: .code) == .init(count: 1, problems: []), "\(text)")
        }
        #expect(references.check("see journal.md \"Sealing\"", context: .document).problems.isEmpty)
        let wrong = [
            "the spec (cli.md)", "docs/cli.md", "docs/journal.md \"Seals\"", "(docs/ncurses.md P9)",
            "docs/ncurses.md P5-P7", "../shared/spec/journal-format.md", "notes.md",
        ]
        for text in wrong {
            #expect(references.check(text, context: .code).problems.count == 1, "\(text)")
        }
    }
}

/// Finds and checks document references in comments and documents.
struct DocumentReferences {
    /// Whether names without `docs/` are read relative to `docs/` (in a document) or refused (in code).
    enum Context {
        case code
        case document
    }

    /// What one piece of text cites, and what of it does not exist.
    struct Findings: Equatable {
        var count: Int
        var problems: [String]
    }

    /// One comment, its lines joined, and the line it starts on.
    struct CommentBlock {
        var line: Int
        var text: String
    }

    /// The headings of each document in `docs/`, by file name.
    let headings: [String: [String]]
    /// The `.md` files at the repository root (README.md), which a comment may name as they are.
    let rootFiles: Set<String>
    private let reference: NSRegularExpression
    private let section: NSRegularExpression
    private let pitfalls: NSRegularExpression

    init(headings: [String: [String]], rootFiles: Set<String>) throws {
        self.headings = headings
        self.rootFiles = rootFiles
        reference = try NSRegularExpression(
            pattern: #"(?<![A-Za-z0-9_./-])([A-Za-z0-9_./-]+\.md)(?![A-Za-z0-9_])"#)
        section = try NSRegularExpression(pattern: #"^`?,?\s*"([^"]+)""#)
        pitfalls = try NSRegularExpression(
            pattern: #"^`?,?\s+(P[0-9]+[a-z]?(?:\s*[-,]\s*P[0-9]+[a-z]?)*)"#)
    }

    /// The documents of `root/docs` and the `.md` files at `root`.
    init(root: String) throws {
        var headings: [String: [String]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/docs")
        where name.hasSuffix(".md") {
            headings[name] = Self.headings(
                of: try String(contentsOfFile: root + "/docs/" + name, encoding: .utf8))
        }
        let rootNames = try FileManager.default.contentsOfDirectory(atPath: root)
        try self.init(headings: headings, rootFiles: Set(rootNames.filter { $0.hasSuffix(".md") }))
    }

    /// The path of every document under `docs/`, sorted.
    var documentPaths: [String] { headings.keys.sorted().map { "docs/" + $0 } }

    /// The text of every Markdown heading outside code fences, without its `#`s.
    static func headings(of markdown: String) -> [String] {
        linesOutsideFences(of: markdown).filter { $0.hasPrefix("#") }.map { line in
            line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        }
    }

    /// A document's text outside code fences as one line, runs of white space made one
    /// space, so a citation may wrap.
    static func prose(of markdown: String) -> String {
        linesOutsideFences(of: markdown).joined(separator: " ").split(
            whereSeparator: \.isWhitespace
        )
        .joined(separator: " ")
    }

    /// The lines of `markdown` that are not in a fenced code block (whose `#` lines are comments).
    private static func linesOutsideFences(of markdown: String) -> [Substring] {
        var inFence = false
        var lines: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inFence.toggle()
            } else if !inFence {
                lines.append(line)
            }
        }
        return lines
    }

    /// Every source, test, fuzz and script file whose comments may cite a document, relative to `root`.
    static func codeFiles(root: String) throws -> [String] {
        var paths = ["Package.swift", ".ci/run"]
        for directory in ["Sources", "Tests", "Fuzz", "scripts"] {
            guard let walker = FileManager.default.enumerator(atPath: root + "/" + directory) else {
                continue
            }
            while let relative = walker.nextObject() as? String {
                let path = directory + "/" + relative
                var isDirectory: ObjCBool = false
                guard
                    FileManager.default.fileExists(
                        atPath: root + "/" + path, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                else { continue }
                paths.append(path)
            }
        }
        return paths.filter { path in
            let name = (path as NSString).lastPathComponent
            return path.hasPrefix("scripts/") || path == ".ci/run"
                || ["swift", "h", "c", "yaml", "yml", "py"].contains(
                    (name as NSString).pathExtension)
        }.sorted()
    }

    /// The comments of a file, consecutive comment lines joined: `//` comments in Swift and C,
    /// `#` comments in YAML; a script is read whole (its comments, docstrings and messages).
    static func commentBlocks(of text: String, path: String) -> [CommentBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let pathExtension = (path as NSString).pathExtension
        if path.hasPrefix("scripts/") || path == ".ci/run" {
            return [CommentBlock(line: 1, text: lines.joined(separator: " "))]
        }
        let marker = ["yaml", "yml"].contains(pathExtension) ? "#" : "//"
        var blocks: [CommentBlock] = []
        var current: CommentBlock?
        for (index, line) in lines.enumerated() {
            guard let comment = Self.comment(in: String(line), marker: marker) else {
                if let finished = current { blocks.append(finished) }
                current = nil
                continue
            }
            if current == nil {
                current = CommentBlock(line: index + 1, text: comment)
            } else {
                current?.text += " " + comment
            }
        }
        if let finished = current { blocks.append(finished) }
        return blocks
    }

    /// The text after the first `marker` of `line` (not the `//` of a URL), without the marker's repeats.
    private static func comment(in line: String, marker: String) -> String? {
        var searchStart = line.startIndex
        while let found = line.range(of: marker, range: searchStart..<line.endIndex) {
            let isURL =
                marker == "//" && found.lowerBound > line.startIndex
                && line[line.index(before: found.lowerBound)] == ":"
            if !isURL {
                return String(line[found.upperBound...].drop { $0 == marker.first })
            }
            searchStart = found.upperBound
        }
        return nil
    }

    /// Counts the documents `text` cites and says what of each does not exist.
    func check(_ text: String, context: Context) -> Findings {
        let whole = text as NSString
        var findings = Findings(count: 0, problems: [])
        for match in reference.matches(in: text, range: NSRange(location: 0, length: whole.length))
        {
            findings.count += 1
            let name = whole.substring(with: match.range(at: 1))
            let document: String
            if name.hasPrefix("docs/") {
                document = String(name.dropFirst("docs/".count))
            } else if context == .document && !name.contains("/") {
                document = name
            } else if rootFiles.contains(name) {
                continue
            } else {
                findings.problems.append(
                    "\(name) is not a document of this repository; cite docs/NAME.md")
                continue
            }
            guard let sections = headings[document] else {
                findings.problems.append("docs/\(document) does not exist")
                continue
            }
            let after = whole.substring(from: match.range.location + match.range.length)
            findings.problems += problems(after: after, in: document, sections: sections)
        }
        return findings
    }

    /// What is wrong with the section or pitfalls cited right after a reference to `document`.
    private func problems(after text: String, in document: String, sections: [String]) -> [String] {
        let rest = text as NSString
        let range = NSRange(location: 0, length: min(rest.length, 200))
        if let cited = section.firstMatch(in: text, range: range) {
            let name = rest.substring(with: cited.range(at: 1)).trimmingCharacters(in: .whitespaces)
            // A quoted section is a heading, or its first words ("Evidence" for "Evidence (revision 2)").
            let exists = sections.contains { $0 == name || $0.hasPrefix(name + " ") }
            return exists ? [] : ["docs/\(document) has no section \"\(name)\""]
        }
        guard let cited = pitfalls.firstMatch(in: text, range: range) else { return [] }
        let list = rest.substring(with: cited.range(at: 1))
        let numbers = list.split { $0 == "-" || $0 == "," || $0 == " " }.map(String.init)
        return numbers.filter { number in !sections.contains { $0.hasPrefix(number + ":") } }
            .map { "docs/\(document) has no \($0)" }
    }
}
