import Localization

/// Reads the arguments of the plain start — `shodo` with global options only,
/// the command a nurse types at 3 a.m. — without ArgumentParser, whose
/// reflection costs about 3 ms of a 10 ms start (docs/terminal-ui.md "Measuring start-up").
///
/// Only the forms whose meaning is beyond doubt are taken: `--NAME VALUE` and
/// `--NAME=VALUE` of the global options, each single-valued one at most once,
/// a separate value not starting with `-`, a joined one not empty, and values
/// without a problem.
/// Anything else (a subcommand, `--help`, a typo, a bad value) gives nil, and
/// ArgumentParser parses it and says what is wrong exactly as it always has.
/// A test checks that every argument list taken here means the same to ArgumentParser.
enum QuickStartArguments {
    static func parse(_ arguments: [String]) -> GlobalOptionValues? {
        var values = GlobalOptionValues()
        var seen: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--"), argument != "--" else { return nil }
            let name: String
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[argument.index(argument.startIndex, offsetBy: 2)..<equals])
                value = String(argument[argument.index(after: equals)...])
                guard !value.isEmpty else { return nil }  // ArgumentParser: "missing value"
                index += 1
            } else {
                guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") else {
                    return nil
                }
                name = String(argument.dropFirst(2))
                value = arguments[index + 1]
                index += 2
            }
            guard name == "runbooks" || !seen.contains(name), set(name, to: value, in: &values)
            else { return nil }
            seen.append(name)
        }
        return values.problem == nil ? values : nil
    }

    private static func set(_ name: String, to value: String, in values: inout GlobalOptionValues)
        -> Bool
    {
        switch name {
        case "runbooks": values.runbookDirectories.append(value)
        case "contacts": values.contactsFile = value
        case "journal-dir": values.journalDirectory = value
        case "journal": values.journalFile = value
        case "operator": values.operatorName = value
        case "lang":
            guard let language = Language(code: value) else { return false }
            values.language = language
        case "config": values.configFile = value
        default: return false
        }
        return true
    }
}
