import Yams

/// Turns a file's text into one YAML node tree, or one diagnostic where it breaks.
enum YAMLComposer {
    /// The root node, or `nil` after reporting an empty file or the syntax error.
    ///
    /// The basic resolver keeps every scalar a string: typing is the parsers' job
    /// (`format: 1` must be a number, `title: 2024` may stay words), and it spares
    /// the regular expressions Yams would run on every scalar.
    static func compose(_ text: String, reportingTo diagnostics: FileDiagnostics) -> Node? {
        do {
            guard
                let root = try Yams.compose(yaml: text, Resolver.basic, Constructor.default, .utf8)
            else {
                diagnostics.report(.emptyFile, at: nil)
                return nil
            }
            return root
        } catch let error as YamlError {
            report(error, text: text, to: diagnostics)
            return nil
        } catch {
            diagnostics.report(.yamlSyntax(problem: String(describing: error)), at: nil)
            return nil
        }
    }

    private static func report(_ error: YamlError, text: String, to diagnostics: FileDiagnostics) {
        switch error {
        case .scanner(let context, let problem, let position, _),
            .parser(let context, let problem, let position, _),
            .composer(let context, let problem, let position, _):
            diagnostics.report(
                .yamlSyntax(problem: describe(problem, context: context)),
                at: SourcePosition(position))
        case .reader(let problem, let offset, _, _):
            let position = offset.map { diagnostics.position(atCharacterOffset: $0) }
            diagnostics.report(.yamlSyntax(problem: problem), at: position)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = SourcePosition(context.mark)
            let later = DuplicateKeyLocator.laterOccurrence(of: key, after: first, in: diagnostics)
            diagnostics.report(.duplicateKey(key), at: later ?? first)
        default:
            diagnostics.report(.yamlSyntax(problem: error.description), at: nil)
        }
    }

    private static func describe(_ problem: String, context: YamlError.Context?) -> String {
        guard let context else { return problem }
        return "\(problem) (\(context.text) at line \(context.mark.line))"
    }
}
