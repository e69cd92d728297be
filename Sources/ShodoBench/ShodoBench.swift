import ArgumentParser

/// `shodo-bench`: measurements of Shodo's journal, printed as figures (never asserted).
@main
struct ShodoBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shodo-bench",
        abstract:
            "Measure Shodo: durable appends, verification, validation; and the crash-test child.",
        subcommands: [
            AppendBenchmark.self, VerifyBenchmark.self, ValidateBenchmark.self,
            LibraryCacheBenchmark.self,
            ReportBenchmark.self, DrillBenchmark.self, CrashChild.self,
        ])
}
