import ArgumentParser

/// `shodo journal …`: the evidence side of Shodo.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Verify and read journals.",
        subcommands: [JournalVerifyCommand.self, JournalShowCommand.self, JournalKeygenCommand.self])
}
