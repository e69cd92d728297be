import RunEngine
import RunbookModel

/// A first response in code with a milestone on every kind that can carry one (revision 2):
/// a `datetime` input, an instruction with `on_unable`, a choice option, a contact, a check
/// whose failure leads elsewhere, and a wait.
public enum MilestoneRunbook {
    public static let id = "first-response"

    public static let runbook = Runbook(
        id: id, version: 1, title: LocalizedText("初動", language: "ja"),
        steps: [
            Step(
                id: "noticed-at", kind: .input(InputSpec(field: "noticed_at", type: .datetime)),
                title: LocalizedText("気づいた時刻", language: "ja"), milestone: "noticed"),
            Step(
                id: "pull-cable", title: LocalizedText("ケーブルを抜く", language: "ja"),
                milestone: "isolated",
                onUnable: .step("wifi-off")),
            Step(
                id: "wifi-off",
                kind: .choice([
                    ChoiceOption(
                        id: "stopped", label: LocalizedText("止まった", language: "ja"),
                        milestone: "isolated"),
                    ChoiceOption(id: "not-stopped", label: LocalizedText("止まらない", language: "ja")),
                ]), title: LocalizedText("無線を止める", language: "ja")),
            Step(
                id: "call-it", kind: .contact(contactIDs: ["it-oncall"]),
                title: LocalizedText("電話", language: "ja"),
                milestone: "it-called"),
            Step(
                id: "logs", kind: .check(CheckSpec(onFail: .step("hold"))),
                title: LocalizedText("ログ", language: "ja"),
                milestone: "logs-preserved"),
            Step(
                id: "hold", kind: .wait(seconds: 60), title: LocalizedText("待つ", language: "ja"),
                milestone: "waited"),
            Step(id: "finish", kind: .end(.resolved), title: LocalizedText("終わり", language: "ja")),
        ],
        milestones: ["noticed", "isolated", "it-called", "logs-preserved", "waited"].map {
            Milestone(id: $0, label: LocalizedText("節目 " + $0, language: "ja"))
        })

    public static let machine = RunStateMachine(
        library: RunbookLibrary(
            runbooks: [runbook],
            contacts: [Contact(id: "it-oncall", name: LocalizedText("情報システム", language: "ja"))]))

    /// A run of it that has not started, in Japanese.
    public static func newRun() -> RunState {
        RunState(rootRunbookID: RunbookID(id), language: "ja")
    }
}
