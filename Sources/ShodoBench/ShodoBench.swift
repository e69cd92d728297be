import ArgumentParser

/// `shodo-bench`: measurements of Shodo's journal, printed as figures (never asserted).
@main
struct ShodoBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shodo-bench",
        abstract: "Measure Shodo's journal: durable appends, verification, crash behaviour.",
        subcommands: [AppendBenchmark.self, VerifyBenchmark.self, CrashChild.self])
}
