import ActionJournal
import ArgumentParser
import Foundation

/// `shodo journal keygen -o FILE [--force]`
struct JournalKeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract:
            "Create the first seal key for the IT lead; every later journal on this machine is sealed.",
        discussion: """
            Makes a random key K_0, writes it to FILE (64 hex digits and a newline) and shows it once. Only an
            evolved key is kept on this machine ($XDG_CONFIG_HOME/shodo/seal-key), never K_0: keep FILE (or the
            printed key) off this machine. `shodo journal verify JOURNAL --key FILE` then checks every MAC and seal.
            Refuses to replace FILE or an existing machine key unless --force is given. Even with --force, only a
            regular file is replaced (through a temporary file and a rename in the same directory): a symbolic
            link, device, FIFO or directory at FILE is refused and left untouched.
            """)

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Where K_0 is written, for the IT lead to keep off this machine.", valueName: "FILE"))
    var output: String

    @Flag(
        help:
            "Replace FILE and the machine key (journals sealed before then need the old K_0 to verify)."
    )
    var force = false

    func run() throws {
        let store = ShodoDirectories(environment: ProcessInfo.processInfo.environment).sealKeyStore
        if !force {
            if FileManager.default.fileExists(atPath: output) {
                throw refusal(
                    "\(output): already exists; it was left untouched (use --force to replace it)")
            }
            if store.hasKey {
                throw refusal(
                    "\(store.path): this machine already has a seal key; journals sealed under it verify only with "
                        + "its K_0. Use --force to replace it anyway.")
            }
        }
        let firstKey = SealKey.random()
        defer { firstKey.erase() }
        do throws(SealingError) {
            try firstKey.writeKeyFile(to: output, replacing: force)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
        do throws(SealingError) {
            try store.install(firstKey: firstKey, replacing: force)
        } catch {
            StandardStreams.error(
                "\(error.description)\nK_0 was written to \(output) but the machine key was not stored, so no journal "
                    + "will be sealed: delete \(output) and run keygen again.")
            throw ExitCode(1)
        }
        for line in Self.announcement(key: firstKey, file: output, storePath: store.path) {
            StandardStreams.output(line)
        }
    }

    /// What keygen prints, the one time K_0 is shown: hex, then groups of 4 on two lines.
    static func announcement(key: SealKey, file: String, storePath: String) -> [String] {
        let hex = key.hexDigits
        let groups = stride(from: 0, to: hex.count, by: 4).map { offset -> String in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return String(hex[start..<hex.index(start, offsetBy: 4)])
        }
        return [
            "First seal key K_0, written to \(file):",
            "",
            "  " + hex,
            "",
            "  " + groups.prefix(8).joined(separator: " "),
            "  " + groups.dropFirst(8).joined(separator: " "),
            "",
            "Keep this key off this machine: print it or copy \(file) to the IT lead's own media, then delete \(file) here.",
            "Shodo will not show it again. Without it no sealed journal can be verified with the key.",
            "This machine keeps only an evolved key (epoch 1) in \(storePath): every new journal is now sealed.",
        ]
    }

    private func refusal(_ message: String) -> ExitCode {
        StandardStreams.error(message)
        return ExitCode(2)
    }
}
