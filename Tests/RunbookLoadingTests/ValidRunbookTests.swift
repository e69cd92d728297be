import Foundation
import RunbookLoading
import RunbookModel
import Testing

@Suite("A valid runbook with every step kind")
struct ValidRunbookTests {
    static let yaml = """
        format: 1
        id: ransomware-first-response
        version: 3
        title: {ja: ランサムウェア初動対応, en: Ransomware first response}
        summary: {ja: 脅迫文が出たときの最初の対応, en: First steps when a ransom note appears}
        lang: ja
        langs: [ja, en]
        severity: critical
        roles: [night-shift, it-oncall]
        triggers:
          - {ja: 画面に脅迫文, en: Ransom note on screen}
        tags: [ransomware, network]
        estimated_minutes: 20
        references:
          - {title: {ja: ガイドライン, en: Guidelines}, url: "https://example.org/guide"}
        x-reviewed-by: 情報システム課
        steps:
          - id: pull-cable
            title: {ja: LANケーブルを抜く, en: Pull the network cable}
            body: {ja: 電源は切らない, en: Do not power off}
            why: {ja: 感染拡大を防ぐ, en: Stops the spread}
            caution: {ja: 電源ボタンに触れない, en: Do not touch the power button}
            role: night-shift
            estimated_minutes: 1
          - id: confirm-offline
            kind: check
            title: {ja: 切断を確認, en: Confirm offline}
            expect: {ja: ネットワークのアイコンに×, en: Network icon shows a cross}
            on_fail: pull-cable
          - id: host
            kind: input
            field: host
            type: hostname
            pattern: "[A-Za-z0-9-]+"
            required: false
            title: {ja: 端末名, en: Host name}
          - id: scope
            kind: choice
            title: {ja: "{{host}} 以外も?", en: "Others than {{host}}?"}
            options:
              - {id: one, label: {ja: 一台, en: One}, next: call}
              - {id: many, label: {ja: 複数, en: Several}}
          - id: netstat
            kind: command
            command: netstat -an
            platform: linux
            run: local
            title: {ja: 接続一覧, en: Connections}
          - id: call
            kind: contact
            contacts: [it-oncall]
            title: {ja: 当番に電話, en: Call on-call}
          - id: settle
            kind: wait
            minutes: 2
            title: {ja: 待つ, en: Wait}
          - id: shared
            kind: include
            runbook: report
            title: {ja: 報告, en: Report}
            next: finish
          - id: finish
            kind: end
            outcome: handed-over
            title: {ja: 引き継ぎ, en: Hand over}
        """

    @Test func loadsIntoTheExactModel() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write("ransomware.yaml", Self.yaml)
        try workspace.write("contacts.yaml", standardContacts)
        try workspace.write(
            "report.yaml",
            """
            format: 1
            id: report
            version: 1
            title: 報告
            steps:
              - id: tell
                title: "{{host}} を報告"
            """)
        let result = workspace.load()
        #expect(result.diagnostics == [])
        #expect(!result.hasErrors)
        #expect(result.checkedFileCount == 3)
        let runbook = try #require(result.library.runbook("ransomware-first-response"))
        func text(_ japanese: String, _ english: String) -> LocalizedText {
            LocalizedText(["ja": japanese, "en": english])
        }
        let expected = Runbook(
            format: 1, id: "ransomware-first-response", version: 3,
            title: text("ランサムウェア初動対応", "Ransomware first response"),
            summary: text("脅迫文が出たときの最初の対応", "First steps when a ransom note appears"),
            language: "ja", languages: ["ja", "en"], severity: .critical,
            roles: ["night-shift", "it-oncall"],
            triggers: [text("画面に脅迫文", "Ransom note on screen")], tags: ["ransomware", "network"],
            estimatedMinutes: 20,
            references: [
                Reference(title: text("ガイドライン", "Guidelines"), url: "https://example.org/guide")
            ],
            steps: [
                Step(
                    id: "pull-cable", title: text("LANケーブルを抜く", "Pull the network cable"),
                    body: text("電源は切らない", "Do not power off"),
                    why: text("感染拡大を防ぐ", "Stops the spread"),
                    caution: text("電源ボタンに触れない", "Do not touch the power button"),
                    role: "night-shift",
                    estimatedMinutes: 1),
                Step(
                    id: "confirm-offline",
                    kind: .check(
                        CheckSpec(
                            expect: text("ネットワークのアイコンに×", "Network icon shows a cross"),
                            onFail: .step("pull-cable"))),
                    title: text("切断を確認", "Confirm offline")),
                Step(
                    id: "host",
                    kind: .input(
                        InputSpec(
                            field: "host", type: .hostname, pattern: "[A-Za-z0-9-]+",
                            required: false)),
                    title: text("端末名", "Host name")),
                Step(
                    id: "scope",
                    kind: .choice([
                        ChoiceOption(id: "one", label: text("一台", "One"), next: .step("call")),
                        ChoiceOption(id: "many", label: text("複数", "Several")),
                    ]),
                    title: text("{{host}} 以外も?", "Others than {{host}}?")),
                Step(
                    id: "netstat",
                    kind: .command(
                        CommandSpec(command: "netstat -an", platform: .linux, runLocally: true)),
                    title: text("接続一覧", "Connections")),
                Step(
                    id: "call", kind: .contact(contactIDs: ["it-oncall"]),
                    title: text("当番に電話", "Call on-call")),
                Step(id: "settle", kind: .wait(seconds: 120), title: text("待つ", "Wait")),
                Step(
                    id: "shared", kind: .include(runbookID: "report"), title: text("報告", "Report"),
                    next: .step("finish")),
                Step(id: "finish", kind: .end(.handedOver), title: text("引き継ぎ", "Hand over")),
            ],
            sourcePath: path,
            sourceSHA256: "")
        var loaded = runbook
        loaded.sourceSHA256 = ""
        #expect(loaded == expected)
    }

    @Test func sourceHashIsTheSHA256OfTheFileBytes() throws {
        let workspace = try TestWorkspace()
        let yaml =
            "format: 1\nid: tiny\nversion: 1\ntitle: 小\nsteps:\n  - id: only\n    title: 唯一\n"
        try workspace.write("tiny.yaml", yaml)
        let runbook = try #require(workspace.load().library.runbook("tiny"))
        // Computed independently with `sha256sum` on the same bytes.
        #expect(
            runbook.sourceSHA256
                == "6e4b7f0f9e540aa5c257945a500d7e223daa0d36e39591069a42392bf3b87a5c")
    }
}
