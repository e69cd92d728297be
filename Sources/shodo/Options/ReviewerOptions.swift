import ArgumentParser

/// Who appends a reviewer's record and, for a sealed journal, the first key to seal it with.
struct ReviewerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who writes the record (default: --operator).", valueName: "NAME"))
    var reviewer: String?

    @Option(
        help: ArgumentHelp(
            "The first seal key K_0 (the file `shodo journal keygen` wrote); needed for a sealed journal.",
            valueName: "FILE"))
    var key: String?

    /// The reviewer's name: `--reviewer`, else `--operator`.
    func name(_ options: GlobalOptions) -> String? { reviewer ?? options.operatorName }

    /// Refuses a missing or blank name, saying how to give it.
    func validate(_ options: GlobalOptions) throws {
        guard let name = name(options) else {
            throw ValidationError("give the reviewer's name: --reviewer NAME (or --operator NAME).")
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(
                "--reviewer needs a name (the person writing, as it goes into the journal).")
        }
    }
}
