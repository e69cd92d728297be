import FuzzSupport
import RunbookLoading

/// Fuzz target `runbook`: any bytes, as a runbook file (or a contacts file,
/// which the loader tells by content) and as a configuration file.
///
/// Invariants: no crash, no hang (libFuzzer's `-timeout`), and every diagnostic
/// names the file and a position inside it: a line that exists (the text after
/// the last line break counts as one, even when empty) and a column from 1 to
/// one past its last character, counted as `Diagnostic` documents.
enum RunbookLoaderFuzz {
    static func check(_ bytes: [UInt8]) {
        let path = Fuzz.scratchFile("runbook.yaml", bytes)
        let loader = RunbookLoader()
        let result = loader.load(directories: [], files: [path])
        let lines = SourceLines(bytes)
        for diagnostic in result.diagnostics {
            lines.requireInside(diagnostic, path: path)
        }
        Fuzz.require(
            !result.hasErrors || !result.diagnostics.isEmpty, "load has errors but no diagnostic")
        let (_, configurationDiagnostics) = loader.loadConfiguration(path: path)
        for diagnostic in configurationDiagnostics {
            lines.requireInside(diagnostic, path: path)
        }
    }
}

/// The input's lines as YAML counts them (LF, CR, CR LF, NEL, LS, PS break a
/// line), in characters; a leading byte order mark does not count.
struct SourceLines {
    /// Characters on each line; empty when the bytes are not UTF-8 (the loader
    /// then reports at line 1, column 1).
    let characterCounts: [Int]

    init(_ bytes: [UInt8]) {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            characterCounts = []
            return
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        var counts: [Int] = []
        var line = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                counts.append(String(line).count)
                line = String.UnicodeScalarView()
            } else {
                line.append(scalar)
            }
        }
        counts.append(String(line).count)
        characterCounts = counts
    }

    func requireInside(_ diagnostic: Diagnostic, path: String) {
        Fuzz.require(
            diagnostic.file == path,
            "diagnostic names \(diagnostic.file), not \(path): \(diagnostic)")
        Fuzz.require(
            diagnostic.line >= 1 && diagnostic.column >= 1,
            "position before the start: \(diagnostic)")
        let lineCount = max(1, characterCounts.count)
        Fuzz.require(
            diagnostic.line <= lineCount, "line past the end (\(lineCount) lines): \(diagnostic)")
        let characters =
            diagnostic.line <= characterCounts.count ? characterCounts[diagnostic.line - 1] : 0
        Fuzz.require(
            diagnostic.column <= characters + 1,
            "column past the end of line \(diagnostic.line) (\(characters) characters): \(diagnostic)"
        )
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Fuzz.test(data, size, RunbookLoaderFuzz.check)
}

@main enum Main { static func main() { Fuzz.main(fuzzOneInput) } }
