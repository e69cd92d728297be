import ArgumentParser
import Foundation
import RunbookLoading

/// Loading and validating many runbooks, as a hospital with a large library would.
struct ValidateBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Time validating generated runbooks, every rule checked (goal: 500 runbooks <= 1 s).",
        discussion: """
            With --guarantees, each runbook has 60 steps, 20 choices, milestones and three `must_reach`
            entries that `validate` proves over every path (runbook format revision 2).
            """)

    @OptionGroup var scratch: ScratchDirectoryOptions

    @Option(help: "Number of runbooks to generate.")
    var count = 500

    @Option(help: "Steps per runbook.")
    var steps = 15

    @Option(help: "Timed repetitions (the best and the median are printed).")
    var repetitions = 5

    @Flag(
        help:
            "Runbooks of 60 steps and 20 choices with milestones and must_reach (ignores --steps).")
    var guarantees = false

    func run() throws {
        let directory = try scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var bytes = 0
        for index in 0..<count {
            let text =
                guarantees
                ? GeneratedRunbook.guaranteed(index: index, runbookCount: count)
                : GeneratedRunbook.text(index: index, steps: steps, runbookCount: count)
            bytes += text.utf8.count
            try text.write(
                toFile: directory + "/generated-\(index).yaml", atomically: false, encoding: .utf8)
        }
        let contacts = directory + "/contacts.yaml"
        try GeneratedRunbook.contacts.write(toFile: contacts, atomically: false, encoding: .utf8)
        var seconds: [Double] = []
        var last: LoadResult?
        for _ in 0..<repetitions {
            let start = BenchmarkSupport.nanosecondsNow()
            let result = RunbookLoader().load(directories: [directory], contactsFiles: [contacts])
            seconds.append(Double(BenchmarkSupport.nanosecondsNow() - start) / 1e9)
            last = result
        }
        guard let last, !last.hasErrors, last.library.runbooks.count == count else {
            throw ValidationError(
                "the generated runbooks did not validate: \(last?.diagnostics.prefix(3) ?? [])")
        }
        let shape = guarantees ? "60 steps, 20 choices, 3 must_reach" : "\(steps) steps"
        print(
            "validate benchmark: \(count) runbooks x \(shape), \(bytes / 1024) KiB, \(repetitions) repetitions"
        )
        print(
            "best \(BenchmarkSupport.format(seconds.min() ?? 0)) s, median \(BenchmarkSupport.format(BenchmarkSupport.percentile(seconds, 0.5))) s (goal <= 1 s)"
        )
    }
}

/// Runbooks that use every step kind, an include, `{{field}}` and both languages,
/// so the benchmark exercises every check `validate` makes.
enum GeneratedRunbook {
    static let contacts = """
        format: 1
        contacts:
          - id: it-oncall
            name: {ja: 情報システム担当, en: IT on-call}
            phones: ["内線 1234"]
            last_verified: 2026-11-01
        """

    static func text(index: Int, steps: Int, runbookCount: Int) -> String {
        var lines = [
            "format: 1", "id: generated-\(index)", "version: 1",
            "title: {ja: 生成された手順書 \(index), en: Generated runbook \(index)}",
            "langs: [ja, en]", "severity: high", "roles: [night-shift]",
            "triggers:", "  - {ja: 症状 \(index), en: Symptom \(index)}",
            "steps:",
            "  - id: label", "    kind: input", "    field: pc_label", "    type: hostname",
            "    title: {ja: 端末名, en: PC name}",
            "  - id: route", "    kind: choice",
            "    title: {ja: \"{{pc_label}} のつなぎ方\", en: \"How is {{pc_label}} connected?\"}",
            "    options:",
            "      - {id: wired, label: {ja: 有線, en: Wired}, next: step-0}",
            "      - {id: wifi, label: {ja: 無線, en: Wi-Fi}, next: step-0}",
        ]
        let kinds = ["instruction", "check", "contact", "wait", "command"]
        for number in 0..<max(steps - 4, 1) {
            lines += [
                "  - id: step-\(number)", "    kind: \(kinds[number % kinds.count])",
                "    title: {ja: \"手順 \(number)（{{pc_label}}）\", en: \"Step \(number) ({{pc_label}})\"}",
                "    body: {ja: LAN ケーブルを抜いて、電源は入れたままにします。, en: Unplug the cable and leave the power on.}",
                "    caution: {ja: サーバの電源は切らない, en: Do not switch servers off}",
            ]
            switch kinds[number % kinds.count] {
            case "check":
                lines += ["    expect: {ja: ランプが消えた, en: The light is off}", "    on_fail: finish"]
            case "contact": lines += ["    contacts: [it-oncall]"]
            case "wait": lines += ["    seconds: 60"]
            case "command": lines += ["    command: arp -a", "    platform: windows"]
            default: break
            }
        }
        if index + 1 < runbookCount && index % 10 == 0 {
            lines += [
                "  - id: shared", "    kind: include", "    runbook: generated-\(index + 1)",
                "    title: {ja: 共通手順, en: Shared steps}",
            ]
        }
        lines += [
            "  - id: finish", "    kind: end", "    outcome: handed-over",
            "    title: {ja: 引き継ぎ, en: Handed over}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// 60 steps: every third a choice whose options go one or two steps on, so the
    /// paths double twenty times; `must_reach` holds on all of them, which only a
    /// proof over the step graph can show in time.
    static func guaranteed(index: Int, runbookCount: Int) -> String {
        var lines = [
            "format: 1", "id: generated-\(index)", "version: 1",
            "title: {ja: 生成された手順書 \(index), en: Generated runbook \(index)}",
            "langs: [ja, en]",
            "milestones:",
            "  - {id: noticed, label: {ja: 気づいた, en: Noticed}}",
            "  - {id: isolated, label: {ja: 切り離した, en: Isolated}}",
            "  - {id: it-called, label: {ja: 連絡がついた, en: IT reached}}",
            "must_reach:",
            "  - {milestone: noticed, within_steps: 1}",
            "  - {milestone: isolated, within_steps: 4}",
            "  - {milestone: it-called}",
            "steps:",
            "  - {id: noticed-at, kind: input, field: noticed_at, type: datetime, milestone: noticed,"
                + " title: {ja: 気づいた時刻, en: When noticed}}",
        ]
        let stepCount = 59
        let includes = index + 1 < runbookCount && index % 10 == 0
        /// Where a jump past the last generated step goes.
        func target(_ number: Int) -> String {
            number < stepCount ? "s-\(number)" : includes ? "shared" : "finish"
        }
        for number in 0..<stepCount {
            let title = "title: {ja: \"手順 \(number)\", en: \"Step \(number)\"}"
            switch number % 3 {
            case 1:
                let milestone = number == 1 ? ", milestone: isolated" : ""
                lines += [
                    "  - id: s-\(number)", "    kind: choice", "    " + title, "    options:",
                    "      - {id: near, label: {ja: 近い, en: Near}, next: \(target(number + 1))\(milestone)}",
                    "      - {id: far, label: {ja: 遠い, en: Far}, next: \(target(number + 2))\(milestone)}",
                ]
            case 2:
                lines += [
                    "  - {id: s-\(number), kind: check, expect: {ja: 消えた, en: It is off}, on_fail: \(target(number + 1)), "
                        + title + "}"
                ]
            default:
                let milestone = number == 30 ? ", milestone: it-called" : ""
                let kind =
                    number % 2 == 0 ? "kind: contact, contacts: [it-oncall]" : "kind: instruction"
                lines += ["  - {id: s-\(number), \(kind)\(milestone), " + title + "}"]
            }
        }
        if includes {
            lines += [
                "  - {id: shared, kind: include, runbook: generated-\(index + 1), title: {ja: 共通手順, en: Shared steps}}"
            ]
        }
        lines += [
            "  - {id: finish, kind: end, outcome: handed-over, title: {ja: 引き継ぎ, en: Handed over}}"
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
