import ArgumentParser

/// `shodo journal …`: the evidence side of Shodo.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Verify, read, export, merge and seal journals.",
        subcommands: [
            JournalVerifyCommand.self, JournalShowCommand.self, JournalExportCommand.self,
            JournalMergeCommand.self,
            JournalKeygenCommand.self, JournalAnnotateCommand.self, JournalCustodyCommand.self,
            JournalBrowseCommand.self,
        ])
}
