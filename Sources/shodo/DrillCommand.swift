import ArgumentParser

/// `shodo drill …`: exercises and what follows them.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "After a drill: the after-action report and improvement plan, and its improvement items.",
        subcommands: [DrillReportCommand.self, DrillImprovementCommand.self, DrillRegisterCommand.self, DrillTrendsCommand.self])
}
