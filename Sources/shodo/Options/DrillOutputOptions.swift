import ArgumentParser
import DocumentMarkup
import Foundation

/// `-o FILE` and `--force` of the drill documents.
struct DrillOutputOptions: ParsableArguments {
    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Overwrite the -o file when it already exists.")
    var force = false

    /// Refuses an existing `-o` file without `--force`.
    func validate() throws {
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("-o: \(output) already exists; add --force to overwrite it.")
        }
    }

    /// Whether `-o` names an HTML file.
    var isHTML: Bool { DocumentFormat(outputPath: output) == .html }
}
