import Localization
import RunEngine
import RunbookModel

/// The current step as plain text for the headless front end (docs/cli.md "Headless action protocol": title,
/// body, caution, expect, options as `ID: label`, contacts with numbers, command).
public struct StepPrinter: Sendable {
    public var language: Language
    /// A drill whose contacts are simulated: contacts show by name only, with no number,
    /// address or note (docs/drill-scenario.md "Contacts in a drill").
    public var simulatesContacts: Bool

    public init(language: Language, simulatesContacts: Bool = false) {
        self.language = language
        self.simulatesContacts = simulatesContacts
    }

    private var ja: Bool { language == .japanese }

    public func render(_ step: StepPresentation) -> String {
        var lines: [String] = []
        lines.append("== " + step.breadcrumb.joined(separator: " > ") + " ==")
        lines.append("[\(step.position)/\(step.stepCount)] \(step.title)")
        if let body = step.body, !body.isEmpty { lines.append(body) }
        if let caution = step.caution, !caution.isEmpty {
            lines.append((ja ? "!! 注意: " : "!! CAUTION: ") + caution)
        }
        if let expect = step.expect { lines.append((ja ? "確認すること: " : "Expect: ") + expect) }
        if !step.options.isEmpty {
            lines.append(ja ? "選択肢:" : "Options:")
            lines += step.options.map { "  \($0.id): \($0.label)" }
        }
        if !step.contacts.isEmpty {
            lines.append(ja ? "連絡先:" : "Contacts:")
            for contact in step.contacts where simulatesContacts {
                lines.append("  \(contact.id): \(contact.name)")
                lines.append(ja ? "    （訓練：実際には電話しません）" : "    (drill: no real call is made)")
            }
            for contact in step.contacts where !simulatesContacts {
                var line = "  \(contact.id): \(contact.name)"
                if !contact.phones.isEmpty {
                    line += "  " + contact.phones.joined(separator: " / ")
                }
                if let hours = contact.hours { line += "  (\(hours))" }
                lines.append(line)
                if let url = contact.url { lines.append("    \(url)") }
                if !contact.isKnown {
                    lines.append(ja ? "    （連絡先ファイルにありません）" : "    (not in the contacts file)")
                }
                if let advice = contact.noNumberAdvice(language: language) {
                    lines.append("    " + advice)
                }
                if let notes = contact.notes { lines.append("    " + notes) }
            }
        }
        if let command = step.command {
            lines.append((ja ? "コマンド" : "Command") + " (\(command.platform.rawValue)):")
            lines += command.command.split(separator: "\n", omittingEmptySubsequences: false).map {
                "  \($0)"
            }
        }
        if let input = step.input {
            let required = input.required ? "" : (ja ? "、省略可" : ", optional")
            lines.append(
                (ja ? "入力: " : "Input: ") + "\(input.field) (\(input.type.rawValue)\(required))")
        }
        if let seconds = step.waitSeconds {
            lines.append(ja ? "待機: \(seconds) 秒" : "Wait: \(seconds) s")
        }
        if let why = step.why, !why.isEmpty { lines.append((ja ? "理由: " : "Why: ") + why) }
        lines.append((ja ? "操作: " : "Actions: ") + actions(for: step.kind).joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    /// The protocol words that apply on a step of this kind.
    func actions(for kind: StepKind) -> [String] {
        let common = [
            "note TEXT", "evidence DESCRIPTION", "evidence-file PATH [DESCRIPTION]", "back",
            "pause", "abort REASON",
        ]
        switch kind {
        case .instruction, .command:
            return ["done [NOTE]", "unable REASON", "skip REASON"] + common
        case .check: return ["confirm [NOTE]", "fail REASON", "skip REASON"] + common
        case .choice: return ["choose OPTION_ID", "skip REASON"] + common
        case .input: return ["input VALUE", "skip REASON"] + common
        case .contact:
            return [
                "reached [CONTACT_ID] [NOTE]", "no-answer [CONTACT_ID] [NOTE]",
                "left-message [CONTACT_ID] [NOTE]",
                "done", "skip REASON",
            ] + common
        case .wait: return ["done [REASON]", "skip REASON"] + common
        case .end: return ["done [NOTE]"] + common
        case .include: return common
        }
    }

    /// The closing lines: outcome and verification code.
    public func renderEnd(outcome: RunOutcome, verificationCode: String) -> String {
        let name = RecordMessages.outcomeName(outcome, language: language)
        return ja
            ? "== 終了: \(name) (\(outcome.rawValue)) ==\n確認コード（紙に書くか、IT 責任者に読み上げてください）:\nverification code \(verificationCode)"
            : "== Run ended: \(outcome.rawValue) ==\nWrite this down or read it to the IT lead:\nverification code \(verificationCode)"
    }
}
