import JournalSummaries
import JournalVocabulary
import Localization
import Notation

/// The headings and labels of the md / html documents, in Japanese or English.
///
/// Only the frame is translated: what the journal holds (messages, reasons, values)
/// is shown exactly as it was journaled.
struct ReportText {
    let language: Language

    private var ja: Bool { language == .japanese }

    var timelineReportTitle: String { ja ? "対応記録レポート" : "Journal report" }
    var reviewTitle: String { ja ? "朝の確認パック（IT 責任者向け）" : "Morning review pack" }
    /// The pack's title, with `hospital_name` from the config before it when set.
    func reviewTitle(hospital: String?) -> String {
        guard let hospital, !hospital.allSatisfy(\.isWhitespace) else { return reviewTitle }
        return hospital + (ja ? "　" : " — ") + reviewTitle
    }
    var verification: String { ja ? "検証結果" : "Verification" }
    var verificationCode: String { ja ? "検証コード" : "Verification code" }
    var lastLineCode: String {
        ja ? "最後の検証済みの行の検証コード" : "Verification code of the last verified line"
    }
    func unprovenLeftOut(_ count: Int) -> String {
        ja
            ? "最初の不正な行から後の \(count) 件の記録は未証明です。時系列に ⚠ 付きで示しますが、逸脱・連絡・値・所要時間には使っていません。"
            : "\(count) records at or after a first bad line are unproven: the timeline shows them marked ⚠, but they are left out of deviations, calls, values and durations."
    }
    var verifierOutput: String {
        ja
            ? "検証プログラムの出力（`shodo journal verify` と同じ英語の行）:"
            : "What the verifier printed (as `shodo journal verify` prints it):"
    }
    var seal: String { ja ? "封印" : "Seal" }
    /// Before the time of a row at or after the first bad line.
    var unprovenMark: String { ja ? "⚠未証明 " : "⚠ UNPROVEN " }
    var journals: String { ja ? "記録ファイル" : "Journals" }
    var file: String { ja ? "ファイル" : "File" }
    var journalID: String { ja ? "記録 ID (jid)" : "Journal id (jid)" }
    var host: String { ja ? "端末" : "Host" }
    var timeZone: String { ja ? "時差 (tz)" : "Time zone (tz)" }
    var program: String { ja ? "プログラム" : "Program" }
    var drill: String { ja ? "訓練" : "Drill" }
    var clockSync: String { ja ? "時計の同期" : "Clock synchronised" }
    var yes: String { ja ? "はい" : "yes" }
    var no: String { ja ? "いいえ" : "no" }
    var unknown: String { ja ? "不明" : "unknown" }
    var unsynchronisedClock: String {
        ja
            ? "注意：この端末の時計は同期されていませんでした。時刻は数秒以上ずれている可能性があります。"
            : "Caution: this terminal's clock was not synchronised; its times may be off by seconds or more."
    }
    var badTimeZone: String { ja ? "tz が読めないため UTC で表示" : "tz unreadable, times shown in UTC" }
    var timeline: String { ja ? "時系列" : "Timeline" }
    var timeChart: String { ja ? "時間の流れ" : "Time chart" }
    var time: String { ja ? "時刻" : "Time" }
    var journal: String { ja ? "記録" : "Journal" }
    var actor: String { ja ? "担当者" : "Who" }
    var kind: String { ja ? "種類" : "Kind" }
    var step: String { ja ? "手順" : "Step" }
    var message: String { ja ? "内容" : "What" }
    var hash: String { ja ? "ハッシュ" : "Hash" }
    var deviations: String { ja ? "手順からの逸脱" : "Deviations" }
    var reason: String { ja ? "理由" : "Reason" }
    var pending: String { ja ? "まだ終わっていない対応" : "Still pending" }
    var runbook: String { ja ? "手順書" : "Runbook" }
    var started: String { ja ? "開始" : "Started" }
    var lastRecord: String { ja ? "最後の記録" : "Last record" }
    var state: String { ja ? "状態" : "State" }
    var paused: String { ja ? "一時停止" : "paused" }
    var open: String { ja ? "中断（終了記録なし）" : "open (no end recorded)" }
    var calls: String { ja ? "連絡の記録" : "Call log" }
    var contact: String { ja ? "連絡先" : "Contact" }
    var result: String { ja ? "結果" : "Result" }
    var note: String { ja ? "メモ" : "Note" }
    /// A call's `result` as recorded (`no-answer`) in words; an unknown result as recorded.
    func callResult(_ result: String) -> String {
        switch result {
        case "reached": return ja ? "つながった" : "reached"
        case "no-answer": return ja ? "応答なし" : "no answer"
        case "left-message": return ja ? "伝言を残した" : "left a message"
        default: return result
        }
    }
    var values: String { ja ? "記録された値と判断" : "Values recorded and decisions" }
    var field: String { ja ? "項目" : "Field" }
    var value: String { ja ? "値" : "Value" }
    var decision: String { ja ? "判断" : "decision" }
    var evidence: String { ja ? "証拠（SHA-256）" : "Evidence (SHA-256)" }
    var details: String { ja ? "詳細" : "Details" }
    var durations: String { ja ? "主要な所要時間" : "Key durations" }
    var originNoticed: String { ja ? "起点：異常に気づいた時刻" : "Origin: when the incident was noticed" }
    var originRunStarted: String {
        ja ? "起点：最初の対応開始（気づいた時刻の記録なし）" : "Origin: the first run started (no noticed time recorded)"
    }
    func toMilestone(_ label: String) -> String {
        ja ? "「\(label)」まで" : "To \u{201C}\(label)\u{201D}"
    }
    var noMilestones: String {
        ja
            ? "この記録には節目（切り離し・連絡がついた など）が記録されていません（節目を定めていない手順書、または改訂 2 より前の手順書で書かれた記録です）。それらの時刻は推測しません。"
            : "These journals record no milestones (isolated, IT reached, …): their runbooks declare none, or are older than revision 2. Their times are not guessed."
    }
    var perTerminal: String { ja ? "端末ごとの節目" : "Milestones per terminal" }
    var milestone: String { ja ? "節目" : "Milestone" }
    var fromOrigin: String { ja ? "起点から" : "From origin" }
    var at: String { ja ? "時刻" : "At" }
    var toFirstCall: String { ja ? "最初の連絡（発信）まで" : "To the first call attempt" }
    var toFirstReached: String { ja ? "最初に相手につながるまで" : "To the first person reached" }
    var toHandover: String { ja ? "引き継ぎまで" : "To handover" }
    var toLastRecord: String { ja ? "最後の記録まで" : "To the last record" }
    var notReached: String { ja ? "記録なし" : "not recorded" }
    var signOff: String { ja ? "確認の署名" : "Sign-off" }
    var reviewer: String { ja ? "確認者" : "Reviewer" }
    var comment: String { ja ? "コメント" : "Comment" }
    var notSigned: String {
        ja
            ? "まだ署名されていません。確認したら `shodo review --sign --reviewer 氏名 --comment …` を実行してください。"
            : "Not signed yet. After reviewing, run `shodo review --sign --reviewer NAME --comment …`."
    }
    var unreadableLines: String { ja ? "読めなかった行" : "Unreadable lines" }
    func moreUnreadable(_ count: Int) -> String { ja ? "ほか \(count) 行" : "and \(count) more" }
    var line: String { ja ? "行" : "Line" }
    var none: String { ja ? "なし" : "None" }
    var milestoneRule: String {
        ja
            ? "節目の時刻は手順書が定めた節目（milestone）の記録からとります。気づいた時刻は入力された値です。署名など対応後に書かれた記録は「最後の記録」に含めません。"
            : "Milestone times come from the milestones the runbooks declare; the noticed time is the value entered. Records written after a run (sign-off, annotations) are not the last record of the incident."
    }
    func generated(_ when: String) -> String {
        ja ? "作成: shodo（\(when)）" : "Made by shodo (\(when))"
    }
    var chartLegend: [(ChartCategory, String)] {
        [
            (.run, ja ? "開始・終了" : "start / end"), (.done, ja ? "完了・確認" : "done / confirmed"),
            (.skipped, ja ? "スキップ・戻る" : "skipped / back"),
            (.failed, ja ? "確認できず・中止" : "failed / aborted"),
            (.contact, ja ? "連絡" : "call"), (.other, ja ? "その他" : "other"),
        ]
    }

    /// `1 h 02 min 05 s` / `1時間02分05秒`; negative when a clock stepped back.
    func duration(_ seconds: Int64) -> String {
        let sign = seconds < 0 ? "-" : ""
        let magnitude = abs(seconds)
        let hours = magnitude / 3600
        let minutes = DecimalDigits.padded(magnitude / 60 % 60, count: 2)
        let rest = DecimalDigits.padded(magnitude % 60, count: 2)
        if ja { return sign + (hours > 0 ? "\(hours)時間" : "") + minutes + "分" + rest + "秒" }
        return sign + (hours > 0 ? "\(hours) h " : "") + minutes + " min " + rest + " s"
    }

    /// A record's kind as the timeline table names it: in words in Japanese, as journaled
    /// (`value.entered`) in English and for any kind this program does not know.
    func kindName(_ kind: String) -> String {
        guard ja, let known = RecordKind(rawValue: kind), let word = Self.japaneseKindNames[known]
        else { return kind }
        return word
    }

    private static let japaneseKindNames: [RecordKind: String] = [
        .journalOpen: "記録開始", .runStarted: "対応開始", .stepDone: "完了", .stepSkipped: "スキップ",
        .stepUnable: "できなかった", .checkConfirmed: "確認済み", .checkFailed: "確認できず", .choiceMade: "選択",
        .valueEntered: "入力", .contactAttempted: "連絡", .waitStarted: "待機開始", .waitEnded: "待機終了",
        .commandResult: "コマンド結果", .evidenceSaved: "証拠を保存", .noteAdded: "メモ", .stepBack: "戻る",
        .runPaused: "一時停止", .runResumed: "再開", .runEnded: "対応終了", .milestoneReached: "節目",
        .injectDelivered: "訓練の状況付与", .journalRecovered: "末尾を回復", .clockStepped: "時計が戻った",
        .seal: "封印", .journalClose: "記録終了", .reviewSigned: "確認の署名",
    ]

    func runState(_ run: JournalRun<RecordReference>) -> String { run.isPaused ? paused : open }

    func deviationName(_ kind: DeviationKind) -> String {
        switch kind {
        case .skipped: return ja ? "スキップ" : "skipped"
        case .couldNotDo: return ja ? "できなかった" : "could not be done"
        case .checkFailed: return ja ? "確認できず" : "check failed"
        case .wentBack: return ja ? "戻る" : "went back"
        case .aborted: return ja ? "中止" : "aborted"
        case .waitEndedEarly: return ja ? "待機を早めに終了" : "wait ended early"
        case .journalRecovered: return ja ? "中断後の記録の回復" : "journal recovered after a crash"
        case .clockStepped: return ja ? "時計が戻った" : "wall clock stepped back"
        }
    }
}
