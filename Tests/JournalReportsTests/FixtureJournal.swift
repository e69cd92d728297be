import ActionJournal
import Foundation
import ShodoTestSupport

/// Builds journals for the tests with the real writer and a manual clock.
struct FixtureJournal {
    /// 2026-11-21T19:35:22.328169Z: microseconds that every export must carry through.
    static let startMicroseconds: Int64 = 1_795_289_722_328_169
    /// A note with everything an export must carry through: Japanese, quotes, commas, a
    /// line break, markup and a formula.
    static let trickyNote =
        "患者搬送 OK \"quoted\", 2行目\n<script>alert('x')</script> & =HYPERLINK(\"x\")"

    let path: String
    let jid: UUID
    let writer: JournalWriter
    let clock: ManualJournalClock

    /// A new journal at `path` (journal.open written), times starting at `startMicroseconds`.
    init(
        path: String, jid: UUID = UUID(), host: String = "ward3-pc", timeZone: String = "+09:00",
        startMicroseconds: Int64 = FixtureJournal.startMicroseconds,
        tickMicroseconds: Int64 = 1_000_000,
        isDrill: Bool = false, drill: [(String, JSONValue)]? = nil
    ) throws {
        self.path = path
        self.jid = jid
        clock = ManualJournalClock(
            wallMicroseconds: startMicroseconds, tickMicroseconds: tickMicroseconds)
        writer = try JournalWriter.create(
            path: path, jid: jid, actor: "山田", message: "記録を開始しました",
            openPayload: [
                JSONMember(
                    name: "program",
                    value: .object([
                        JSONMember(name: "name", value: "shodo"),
                        JSONMember(name: "version", value: "0.1.0"),
                    ])),
                JSONMember(name: "host", value: .string(host)),
                JSONMember(name: "tz", value: .string(timeZone)),
                JSONMember(name: "clock_sync", value: false),
                JSONMember(name: "drill", value: .bool(isDrill || drill != nil)),
            ] + (drill ?? []).map { JSONMember(name: $0.0, value: $0.1) },
            clock: clock, outputs: .unsynchronisedForBenchmarks)
    }

    /// Appends one record.
    @discardableResult
    func append(
        _ kind: String, actor: String = "山田", _ message: String,
        _ payload: [(String, JSONValue)] = []
    )
        throws -> JournalRecord
    {
        try writer.append(
            RecordDraft(
                kind: kind, actor: actor, message: message,
                payload: payload.map { JSONMember(name: $0.0, value: $0.1) }))
    }

    /// A journal holding every kind a run writes, with deviations, calls, values and
    /// evidence, ending handed over and closed. Returns the fixture still open for more.
    static func everyKind(in directory: TemporaryDirectory, name: String = "every-kind.jsonl")
        throws -> FixtureJournal
    {
        let journal = try FixtureJournal(path: directory.file(name))
        let rb = ("runbook", JSONValue.string("rb-01-ransomware-suspected"))
        let isolate = ("runbook", JSONValue.string("rb-02-isolate-device"))
        try journal.append(
            "run.started", "開始: ランサムウェア疑い", [rb, ("runbook_version", 3), ("lang", "ja")])
        try journal.append("step.done", "完了: 画面を撮影", [rb, ("step", "photo")])
        try journal.append(
            "value.entered", "入力: PC = 3F-ナース-02",
            [isolate, ("step", "pc-label"), ("field", "pc_label"), ("value", "3F-ナース-02")])
        try journal.append(
            "choice.made", "選択: 接続 → ケーブル", [isolate, ("step", "connection"), ("option", "cable")])
        try journal.append("check.confirmed", "確認済み: ケーブルを抜いた", [isolate, ("step", "cable-out")])
        try journal.append(
            "check.failed", "確認できず: 無線",
            [isolate, ("step", "wifi-off-check"), ("reason", "スイッチが見つからない")])
        try journal.append(
            "step.skipped", "スキップ: プリンタ", [rb, ("step", "printer-check"), ("reason", "プリンタなし")])
        try journal.append(
            "step.back", "戻る",
            [
                isolate, ("step", "wifi-key"), ("to_runbook", "rb-02-isolate-device"),
                ("to_step", "wifi-check"),
            ])
        try journal.append("step.done", "完了: 切り離し", [isolate, ("step", "isolated")])
        try journal.append(
            "contact.attempted", "連絡: 情報システム — 応答なし",
            [rb, ("step", "call-it"), ("contact", "it-oncall"), ("result", "no-answer")])
        try journal.append(
            "contact.attempted", "連絡: 情報システム — つながった",
            [
                rb, ("step", "call-it"), ("contact", "it-oncall"), ("result", "reached"),
                ("note", "折り返し"),
            ])
        try journal.append(
            "wait.started", "待機開始（300 秒）", [rb, ("step", "wait-it"), ("seconds", 300)])
        try journal.append(
            "wait.ended", "待機を早めに終了",
            [rb, ("step", "wait-it"), ("early", true), ("reason", "IT 到着")])
        try journal.append(
            "command.result", "コマンド結果: ipconfig", [rb, ("step", "ipconfig"), ("note", "10.0.3.21")])
        try journal.append(
            "evidence.saved", "証拠を保存",
            [
                rb, ("step", "photo"),
                ("evidence_sha256", .string(String(repeating: "ab", count: 32))),
                ("file", "IMG_0001.jpg"),
            ])
        try journal.append(
            "note.added", "メモ", [rb, ("step", "photo"), ("note", .string(trickyNote))])
        try journal.append("run.paused", "一時停止", [rb, ("step", "handover")])
        try journal.append("run.resumed", "再開", [rb, ("step", "handover")])
        try journal.append("inject.delivered", "訓練の状況付与", [("inject", "inj-1")])
        try journal.append(
            "clock.stepped", "the wall clock stepped back 2.000000 s", [("step_seconds", -2.0)])
        try journal.append(
            "journal.recovered", "末尾を回復",
            [
                ("discarded_bytes", 97),
                ("discarded_sha256", .string(String(repeating: "cd", count: 32))),
            ])
        try journal.append("seal", "seal", [("epoch", 0)])
        try journal.append(
            "run.ended", "終了: 引き継ぎ", [rb, ("step", "handover"), ("outcome", "handed-over")])
        try journal.append("journal.close", "記録を閉じました")
        return journal
    }
}
