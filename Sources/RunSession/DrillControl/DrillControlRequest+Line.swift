import Foundation
import RunbookModel

extension DrillControlRequest {
    /// The words `shodo drill control --headless` reads, one request a line (docs/drills.md):
    /// `fire INJECT`, `pause [REASON]`, `resume [REASON]`,
    /// `observe [milestone=ID] [step=ID] [rating=MARK] TEXT`, `answer CONTACT`,
    /// `improve category=C owner=NAME due=YYYY-MM-DD [runbook=ID] [step=ID] FINDING | ACTION`, `end`,
    /// `abort-for-real-incident` (spelled out, so it is never typed by mistake).
    public static func parse(commandLine line: String) -> Result<
        DrillControlRequest, DrillControlProblem
    > {
        let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
        let trimmed = line.drop { $0 == " " }
        let word = trimmed.prefix { $0 != " " }
        let rest = String(trimmed.dropFirst(word.count).drop { $0 == " " })
        func argument(_ name: String) -> Result<String, DrillControlProblem> {
            rest.isEmpty ? .failure(.malformed("\(word) needs \(name)")) : .success(rest)
        }
        switch word {
        case "fire": return argument("an inject id").map { .fire(inject: $0) }
        case "pause": return .success(.pause(reason: rest))
        case "resume": return .success(.resume(reason: rest))
        case "answer": return argument("a contact id").map { .answer(contact: $0) }
        case "end": return .success(.end)
        case "abort-for-real-incident": return .success(.abort)
        case "observe":
            let (options, text) = Self.options(rest, allowed: ["milestone", "step", "rating"])
            guard !text.isEmpty else { return .failure(.malformed("observe needs a text")) }
            return .success(
                .observe(
                    DrillSession.Observation(
                        text: text, milestone: options["milestone"], step: options["step"],
                        rating: options["rating"])))
        case "improve":
            let (options, text) = Self.options(
                rest, allowed: ["category", "owner", "due", "runbook", "step"])
            let parts = text.split(separator: "|", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard let categoryWord = options["category"],
                let category = ImprovementCategory(rawValue: categoryWord)
            else {
                let known = ImprovementCategory.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(.malformed("improve needs category= one of \(known)"))
            }
            guard let owner = options["owner"], let due = options["due"], parts.count == 2 else {
                return .failure(
                    .malformed("improve needs owner=NAME due=YYYY-MM-DD and FINDING | ACTION"))
            }
            return .success(
                .improve(
                    DrillSession.Improvement(
                        finding: parts[0], action: parts[1], owner: owner, due: due,
                        category: category,
                        runbook: options["runbook"], step: options["step"])))
        default:
            return .failure(
                .malformed(
                    "unknown command '\(word)' (fire, pause, resume, observe, answer, improve, end, abort-for-real-incident, status)"
                ))
        }
    }

    /// Leading `name=value` words whose name is `allowed`, and the text after them.
    private static func options(_ text: String, allowed: Set<String>) -> ([String: String], String)
    {
        var options: [String: String] = [:]
        var rest = Substring(text)
        while let space = rest.firstIndex(of: " ") ?? (rest.isEmpty ? nil : rest.endIndex) {
            let token = rest[..<space]
            guard let equals = token.firstIndex(of: "="), allowed.contains(String(token[..<equals]))
            else { break }
            options[String(token[..<equals])] = String(token[token.index(after: equals)...])
            rest = rest[space...].drop { $0 == " " }
        }
        return (options, String(rest))
    }
}
