import ActionJournal
import Foundation
import ShodoTestSupport

/// Drill journals for the tests, written with the real writer
/// (docs/drill-scenario.md "Journal of a drill", in the shapes the drill session writes).
enum DrillFixture {
    static let runbook = ("runbook", JSONValue.string("rb-01-ransomware-suspected"))

    /// `journal.open` members of a drill of `scenario` version `version`.
    static func opening(scenario: String = "night-ransom-note", version: Int64 = 1) -> [(
        String, JSONValue
    )] {
        [
            ("scenario", .string(scenario)), ("scenario_version", .integer(version)),
            ("scenario_sha256", .string(String(repeating: "0f", count: 32))),
        ]
    }

    static func expectation(
        _ milestone: String, _ result: String, target: Int64, at: Int64?, required: Bool = true
    ) -> JSONValue {
        var members = [
            JSONMember(name: "milestone", value: .string(milestone)),
            JSONMember(name: "result", value: .string(result)),
            JSONMember(name: "target_seconds", value: .integer(target)),
            JSONMember(name: "required", value: .bool(required)),
        ]
        if let at { members.append(JSONMember(name: "drill_seconds", value: .integer(at))) }
        return .object(members)
    }

    /// A functional drill with every after-drill kind: one expectation met, one missed,
    /// one not reached; a skip, a failed check, a contingency inject; a pause; a decision,
    /// two observations, two hot-wash answers and one improvement item (I1, open).
    static func full(in directory: TemporaryDirectory, name: String = "DRILL-full.jsonl") throws
        -> FixtureJournal
    {
        let journal = try FixtureJournal(path: directory.file(name), drill: opening())
        try journal.append(
            "drill.started", actor: "進行役 佐藤", "訓練を開始しました",
            [
                ("team", "3階東病棟 夜勤"), ("roles", .array(["nurse", "clerk"])),
                ("story", "深夜 2 時、身代金要求の画面"),
                ("type", "functional"), ("exercises", .array(["確認表 1-2", "確認表 3-1"])),
            ])
        try journal.append("run.started", "開始", [runbook, ("runbook_version", 3), ("lang", "ja")])
        try journal.append(
            "inject.delivered", actor: "進行役 佐藤", "注入: 画面が赤い",
            [
                ("inject", "red-screen"), ("trigger", "timed"), ("text", "画面が赤い"),
                ("drill_seconds", 3),
            ])
        try journal.append("step.done", "完了: 画面を撮影", [runbook, ("step", "photo")])
        try journal.append(
            "milestone.reached", "節目: 切り離し",
            [runbook, ("milestone", "isolated"), ("at", "2026-11-21T19:35:27Z")])
        try journal.append(
            "step.skipped", "スキップ", [runbook, ("step", "printer-check"), ("reason", "プリンタなし")])
        try journal.append("drill.paused", actor: "進行役 佐藤", "訓練の時計を止めました", [("reason", "電話対応")])
        journal.clock.advance(microseconds: 600_000_000)
        try journal.append("drill.resumed", actor: "進行役 佐藤", "訓練の時計を再開しました", [("reason", "再開")])
        try journal.append(
            "check.failed", "確認できず",
            [runbook, ("step", "wifi-off-check"), ("reason", "スイッチが見つからない")])
        try journal.append(
            "inject.delivered", actor: "進行役 佐藤", "注入: 電話が来ない",
            [
                ("inject", "no-call"), ("trigger", "contingency"), ("text", "電話が来ない"),
                ("drill_seconds", 9),
            ])
        try journal.append(
            "decision.recorded", "判断",
            [
                runbook, ("step", "isolate"), ("decision", "LAN ケーブルを抜く"), ("rationale", "拡大を防ぐため"),
                ("decided_by", "看護師長"),
            ])
        try journal.append(
            "observation.recorded", actor: "進行役 佐藤", "観察",
            [
                ("text", "連絡先の表が見つからなかった"), ("milestone", "it-reached"), ("rating", "M"),
            ])
        try journal.append(
            "observation.recorded", actor: "進行役 佐藤", "観察",
            [("text", "撮影は速かった"), ("step", "photo"), ("rating", "P")])
        try journal.append("run.ended", "終了", [runbook, ("outcome", "resolved")])
        try journal.append(
            "hotwash.answered", "振り返り 1",
            [
                ("question", 0), ("text", "次に同じことが起きたら何を変えますか？"), ("answer", "連絡表を壁に貼る"),
            ])
        try journal.append(
            "hotwash.answered", "振り返り 2",
            [("question", 1), ("text", "うまくいったことは？"), ("answer", "特になし")])
        try journal.append(
            "drill.ended", actor: "進行役 佐藤", "訓練を終了しました",
            [
                ("drill_seconds", 15),
                (
                    "expectations",
                    .array([
                        expectation("isolated", "met", target: 300, at: 4),
                        expectation("it-reached", "missed", target: 10, at: 12),
                        expectation(
                            "handover", "not-reached", target: 900, at: nil, required: false),
                    ])
                ),
            ])
        try journal.append(
            "improvement.recorded", actor: "情報 田中", "改善項目 I1",
            [
                ("item", "I1"), ("finding", "連絡先の表が見つからない"), ("action", "ナースステーションの壁に貼る"),
                ("owner", "田中"),
                ("due", "2026-12-15"), ("category", "contacts"), runbook, ("step", "call-it"),
            ])
        return journal
    }
}
