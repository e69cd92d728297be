import ActionJournal
import ArgumentParser
import Foundation
import JournalReports
import JournalVocabulary
import Localization

/// `shodo drill improvement add|close`: the improvement plan's items, appended to the drill journal.
struct DrillImprovementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "improvement",
        abstract: "Record an improvement item of a drill (I1, I2…) or close one.",
        subcommands: [Add.self, Close.self])

    /// `shodo drill improvement add JOURNAL --finding … --action … --owner … --due YYYY-MM-DD --category …`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Append improvement.recorded (the next item number) to a drill journal.")

        /// What `--category` accepts.
        enum Category: String, ExpressibleByArgument, CaseIterable {
            case runbook, bcp, contacts, equipment, training, other
        }

        @Argument(help: "The drill journal file.") var journal: String
        @Option(help: ArgumentHelp("What the drill showed.", valueName: "TEXT")) var finding: String
        @Option(help: ArgumentHelp("What will be changed.", valueName: "TEXT")) var action: String
        @Option(help: ArgumentHelp("Who sees to it.", valueName: "NAME")) var owner: String
        @Option(help: ArgumentHelp("By when.", valueName: "YYYY-MM-DD")) var due: String
        @Option(
            help: ArgumentHelp(
                "runbook, bcp, contacts, equipment, training or other.", valueName: "CATEGORY"))
        var category: Category
        @Option(help: ArgumentHelp("The runbook the item concerns.", valueName: "ID")) var runbook:
            String?
        @Option(help: ArgumentHelp("The step the item concerns (with --runbook).", valueName: "ID"))
        var step: String?
        @OptionGroup var reviewer: ReviewerOptions
        @OptionGroup var options: GlobalOptions

        func validate() throws {
            try reviewer.validate(options)
            try DrillReportCommand.validateDate(due, option: "--due")
            for (name, value) in [("--finding", finding), ("--action", action), ("--owner", owner)]
            where value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("\(name) needs a text.")
            }
            if step != nil, runbook == nil {
                throw ValidationError("--step needs --runbook ID (the runbook the step is in).")
            }
        }

        func run() throws {
            let item = DrillImprovements.Item(
                finding: finding, action: action, owner: owner, due: due,
                category: category.rawValue, runbook: runbook,
                step: step)
            try DrillImprovementCommand.append(journal, reviewer, options) {
                target, language throws(DrillImprovements.Problem) in
                try DrillImprovements.record(item, target: target, language: language)
            }
        }
    }

    /// `shodo drill improvement close JOURNAL ITEM --note …`
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Append improvement.closed for an open item (I1, I2…) of a drill journal.")

        @Argument(help: "The drill journal file.") var journal: String
        @Argument(help: "The item: I1, I2…") var item: String
        @Option(help: ArgumentHelp("What was done.", valueName: "TEXT")) var note: String
        @OptionGroup var reviewer: ReviewerOptions
        @OptionGroup var options: GlobalOptions

        func validate() throws {
            try reviewer.validate(options)
            if note.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--note needs a text.")
            }
        }

        func run() throws {
            try DrillImprovementCommand.append(journal, reviewer, options) {
                target, language throws(DrillImprovements.Problem) in
                try DrillImprovements.close(
                    item: item, note: note, target: target, language: language)
            }
        }
    }

    /// Appends through `write`, printing the item's record or the refusal (exit 1).
    static func append(
        _ journal: String, _ reviewer: ReviewerOptions, _ options: GlobalOptions,
        _ write: (ReviewerRecords.Target, Language) throws(DrillImprovements.Problem) ->
            JournalRecord
    ) throws {
        let settings = try Settings.resolve(options)
        let target = ReviewerRecords.Target(
            path: journal, reviewer: reviewer.name(options) ?? "", keyFile: reviewer.key,
            clock: LivePorts.clock())
        do throws(DrillImprovements.Problem) {
            let record = try write(target, settings.language)
            StandardStreams.output(
                "\(journal): seq \(record.seq) \(record.kind) \(record.string(.item) ?? "")")
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
    }
}
