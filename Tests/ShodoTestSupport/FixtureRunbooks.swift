import Localization
import RunEngine
import RunbookModel

/// Runbooks built in code, so engine tests need no loader: one main runbook with
/// every step kind, and one included runbook.
public enum FixtureRunbooks {
    public static func text(_ ja: String, _ en: String) -> LocalizedText {
        LocalizedText(["ja": ja, "en": en])
    }

    public static let main = Runbook(
        id: "main", version: 3, title: text("テスト手順書", "Test runbook"), languages: ["ja", "en"],
        steps: [
            Step(id: "intro", title: text("はじめに", "Introduction")),
            Step(
                id: "pc-label", kind: .input(InputSpec(field: "pc_label", type: .hostname)),
                title: text("端末ラベル", "PC label")),
            Step(
                id: "connection",
                kind: .choice([
                    ChoiceOption(id: "wired", label: text("有線", "Wired"), next: .step("cable")),
                    ChoiceOption(id: "wifi", label: text("無線", "Wi-Fi"), next: .step("wifi-off")),
                ]), title: text("つなぎ方は？", "How is {{pc_label}} connected?")),
            Step(
                id: "cable",
                kind: .check(
                    CheckSpec(expect: text("抜けている", "Unplugged"), onFail: .step("call-it"))),
                title: text("LAN ケーブルを抜いた", "LAN cable unplugged"), next: .step("isolate")),
            Step(
                id: "wifi-off", title: text("Wi-Fi を切る", "Turn off Wi-Fi"), next: .step("isolate")),
            Step(id: "isolate", kind: .include(runbookID: "sub"), title: text("切り離し", "Isolation")),
            Step(id: "settle", kind: .wait(seconds: 300), title: text("5 分待つ", "Wait 5 minutes")),
            Step(
                id: "call-it", kind: .contact(contactIDs: ["it-oncall", "vendor"]),
                title: text("電話する", "Call")),
            Step(
                id: "log-cmd", kind: .command(CommandSpec(command: "arp -a", platform: .windows)),
                title: text("記録を取る", "Record the ARP table")),
            Step(id: "finish", kind: .end(.resolved), title: text("おわり", "Finished")),
        ])

    public static let sub = Runbook(
        id: "sub", version: 1, title: text("切り離し手順", "Isolation runbook"),
        steps: [
            Step(
                id: "sub-check", kind: .check(CheckSpec(expect: text("ランプが消えた", "Light is off"))),
                title: text("{{pc_label}} のランプ", "Light of {{pc_label}}")),
            Step(id: "sub-end", kind: .end(.handedOver), title: text("戻る", "Return")),
        ])

    public static let contacts = [
        Contact(id: "it-oncall", name: text("IT 当番", "IT on-call"), phones: ["内線 1234"]),
        Contact(id: "vendor", name: text("ベンダー", "Vendor")),
    ]

    public static let library = RunbookLibrary(runbooks: [main, sub], contacts: contacts)
    public static let machine = RunStateMachine(library: library)

    /// A fresh, not yet started run of `runbookID`.
    public static func newRun(_ runbookID: RunbookID = "main", language: Language = "en")
        -> RunState
    {
        RunState(rootRunbookID: runbookID, language: language)
    }

    /// A one-runbook library from steps, for flow corner cases.
    public static func machine(steps: [Step], extra: [Runbook] = []) -> RunStateMachine {
        let runbook = Runbook(id: "solo", version: 1, title: text("単独", "Solo"), steps: steps)
        return RunStateMachine(
            library: RunbookLibrary(runbooks: [runbook] + extra, contacts: contacts))
    }
}

extension RunbookLibrary {
    /// The same library with one runbook cut down to its first `count` steps
    /// (a runbook that changed after a journal was written).
    public func replacingSteps(of runbookID: String, keepingFirst count: Int) -> RunbookLibrary {
        var copy = self
        copy.runbooks = runbooks.map { runbook in
            guard runbook.id == runbookID else { return runbook }
            var changed = runbook
            changed.steps = Array(runbook.steps.prefix(count))
            return changed
        }
        return copy
    }
}
