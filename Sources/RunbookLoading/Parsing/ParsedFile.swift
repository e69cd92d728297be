import Notation
import RunbookModel
import Yams

/// One file read and parsed on its own, before the checks that need every file.
struct ParsedFile {
    /// What the file held, as far as it could be read.
    enum Content {
        case nothing
        case runbook(ParsedRunbook)
        case contacts([ParsedContact])
        case principles([LocalizedText])
        case scenario(ParsedScenario)
    }

    let diagnostics: FileDiagnostics
    let content: Content

    /// Reads, composes and parses the file of `entry`, reporting into a new `FileDiagnostics`.
    static func read(_ entry: LoadEntry) -> ParsedFile {
        let source: SourceFile
        switch SourceFile.read(path: entry.path) {
        case .failure(let unusable):
            let diagnostics = FileDiagnostics(file: entry.path)
            diagnostics.report(unusable.message, at: nil)
            return ParsedFile(diagnostics: diagnostics, content: .nothing)
        case .success(let file):
            source = file
        }
        let diagnostics = FileDiagnostics(file: entry.path, text: source.text)
        guard let root = YAMLComposer.compose(source.text, reportingTo: diagnostics) else {
            return ParsedFile(diagnostics: diagnostics, content: .nothing)
        }
        let kind = FileKind(root: root)
        if entry.expectsContacts && kind != .contacts {
            diagnostics.report(.notAContactsFile, at: root)
            return ParsedFile(diagnostics: diagnostics, content: .nothing)
        }
        switch kind {
        case .runbook:
            let parser = RunbookParser(diagnostics: diagnostics)
            guard
                let parsed = parser.parse(
                    root, source: source, sha256: HexDigits.string(source.digest))
            else {
                return ParsedFile(diagnostics: diagnostics, content: .nothing)
            }
            return ParsedFile(diagnostics: diagnostics, content: .runbook(parsed))
        case .contacts:
            return ParsedFile(
                diagnostics: diagnostics,
                content: .contacts(ContactsFileParser(diagnostics: diagnostics).parse(root)))
        case .principles:
            let principles = PrinciplesFileParser(diagnostics: diagnostics).parse(root)
            return ParsedFile(diagnostics: diagnostics, content: .principles(principles))
        case .scenario:
            let parser = ScenarioParser(diagnostics: diagnostics)
            guard
                let parsed = parser.parse(
                    root, source: source, sha256: HexDigits.string(source.digest))
            else {
                return ParsedFile(diagnostics: diagnostics, content: .nothing)
            }
            return ParsedFile(diagnostics: diagnostics, content: .scenario(parsed))
        }
    }
}
