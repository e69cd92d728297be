import Localization
import RunEngine
import RunbookModel

/// Every word the terminal UI shows of its own, as named values in Japanese and English.
///
/// Runbook content (titles, bodies, principles) comes already translated from
/// the library; this holds only the program's words, using the glossary of
/// docs/writing-runbooks.md "10. The program's own words (ja / en)" (完了, 飛ばす,
/// 確認, できない, なぜ, 注意, メモ, 戻る, 中断, 再開, 打ち切る, 検証コード, 対応者,
/// 通じた, 出なかった, 伝言を残した).
public struct UIText: Hashable, Sendable {
    /// The language of the words.
    public var language: Language

    /// Texts in `language`.
    public init(language: Language) {
        self.language = language
    }

    var isJapanese: Bool { language == .japanese }

    func pick(_ japanese: String, _ english: String) -> String {
        isJapanese ? japanese : english
    }

    // MARK: - Start

    var appName: String { pick("初動 Shodo", "Shodo") }
    var startTitle: String { pick("対応の記録をはじめます", "Starting the response journal") }
    var operatorQuestion: String { pick("対応者（あなた）の名前を入力してください。", "Type your name (the operator).") }
    var operatorExplanation: String {
        pick(
            "名前は対応記録に残ります。次に起動したときも表示されます。",
            "Your name goes into the journal. It is offered again next time.")
    }
    var operatorFieldLabel: String { pick("名前:", "Name:") }
    var operatorNameMissing: String { pick("名前を入力してください。", "Please type a name.") }

    // MARK: - Resume offer

    var resumeQuestion: String { pick("続きから再開しますか？", "Resume the unfinished run?") }
    /// Above an offer to resume a drill's journal (docs/drill-scenario.md: a drill is never taken for an incident).
    var resumeDrillLine: String {
        pick("【訓練】訓練記録 — 実際のインシデントではありません", "[EXERCISE] A drill's journal — not a real incident")
    }
    var resumeExplanation: String {
        pick("終わっていない対応があります。", "A run was left unfinished.")
    }
    var runbookLabel: String { pick("手順書:", "Runbook:") }
    var lastStepLabel: String { pick("最後の手順:", "Last step:") }
    var lastActivityLabel: String { pick("最後の操作:", "Last action:") }

    // MARK: - Triage

    var triageQuestion: String { pick("何が起きましたか？", "What happened?") }
    var triageInstruction: String {
        pick(
            "いちばん近いものを選んで Enter。いくつも当てはまるときは、スペースで印を付けてから Enter。",
            "Pick the closest one and press Enter. If several are true, mark each with Space, then Enter."
        )
    }
    /// The journal note on a run started with several symptoms marked: the others.
    func otherSymptomsNote(_ labels: [String]) -> String {
        pick(
            "ほかにも当てはまる: " + labels.joined(separator: " / "),
            "Also true: " + labels.joined(separator: " / "))
    }
    /// The end screen's heading over the marked symptoms still to handle.
    var pendingHeading: String {
        pick("ほかにも当てはまったこと（Enter で次の手順書を始めます）:", "Also true (Enter starts the next runbook):")
    }
    var principlesHeading: String { pick("まず守ること", "First, always") }
    var browseAllRunbooks: String { pick("すべての手順書を見る", "Browse all runbooks") }
    var noRunbooksLoaded: String {
        pick("手順書が読み込まれていません。情報システム担当に連絡してください。", "No runbooks are loaded. Call the IT on-call.")
    }

    // MARK: - Runbook list

    func runbookListTitle(count: Int) -> String {
        pick("手順書の一覧（\(count)）", "All runbooks (\(count))")
    }
    var searchLabel: String { pick("検索:", "Search:") }
    var searchPlaceholder: String { pick("/ を押すと検索できます", "press / to search") }
    var noRunbookMatches: String { pick("見つかりません。", "Nothing matches.") }

    func severityName(_ severity: Severity?) -> String {
        switch severity {
        case .critical: pick("緊急", "critical")
        case .high: pick("高", "high")
        case .medium: pick("中", "medium")
        case .low: pick("低", "low")
        case nil: "-"
        }
    }

    func estimatedMinutes(_ minutes: Int?) -> String {
        guard let minutes else { return "-" }
        return pick("約\(minutes)分", "~\(minutes) min")
    }

    func stepCount(_ count: Int) -> String { pick("\(count)手順", "\(count) steps") }

    // MARK: - Step

    func stepPosition(_ position: Int, of count: Int) -> String {
        pick("手順 \(position)/\(count)", "Step \(position)/\(count)")
    }
    /// The time since the run started, as a duration (「経過 2分37秒」), never like a clock time.
    func elapsed(seconds: Int) -> String {
        let duration = DurationText.spoken(seconds: seconds, japanese: isJapanese)
        return pick("経過 \(duration)", "\(duration) elapsed")
    }
    func operatorTag(_ name: String) -> String { pick("対応者: \(name)", "Operator: \(name)") }
    var breadcrumbLabel: String { pick("現在地:", "You are in:") }
    var cautionLabel: String { pick("注意", "CAUTION") }
    var whyTitle: String { pick("なぜ", "Why") }
    var expectTitle: String { pick("確認すること", "Check that") }
    var optionsHeading: String { pick("選んでください:", "Choose one:") }
    var inputHeading: String { pick("入力してください:", "Type the answer:") }
    var optionalInput: String { pick("（空欄でもかまいません）", "(may be left empty)") }
    var inputLeftHint: String { pick("Enter を押すと入力にもどります。", "Press Enter to type again.") }
    var contactsHeading: String { pick("連絡先:", "Contacts:") }
    var contactNotInFile: String { pick("（連絡先ファイルにありません）", "(not in the contacts file)") }
    func hours(_ text: String) -> String { pick("受付: \(text)", "Hours: \(text)") }
    var pickContactFirst: String {
        pick(
            "先に連絡先を番号か j / k で選んでから、r / a / m を押してください。",
            "Pick the contact first (its number, or j / k), then press r / a / m.")
    }
    func commandTitle(_ platform: CommandPlatform) -> String {
        let place: String
        switch platform {
        case .windows: place = "Windows"
        case .linux: place = "Linux"
        case .macos: place = "macOS"
        case .networkDevice: place = pick("ネットワーク機器", "network device")
        case .any: return pick("コマンド（このとおりに入力）", "Command (type exactly this)")
        }
        return pick("コマンド（\(place)・このとおりに入力）", "Command (\(place), type exactly this)")
    }
    var commandResultHint: String {
        pick("結果は n でメモに書けます。", "Write the result as a note with n.")
    }
    func waitRemaining(_ text: String) -> String { pick("残り \(text)", "\(text) left") }
    func waitTotal(_ text: String) -> String { pick("（全体 \(text)）", "(of \(text))") }
    var waitHint: String {
        pick("時間になると自動で次へ進みます。", "When the time is up, the run moves on by itself.")
    }
    func endOfRunbook(_ outcome: String) -> String {
        pick("この手順書の終わりです（\(outcome)）。", "This is the end of the runbook (\(outcome)).")
    }
    func returnsTo(_ title: String) -> String {
        pick("Enter で「\(title)」に戻ります。", "Enter returns to \"\(title)\".")
    }
    var endsRun: String { pick("Enter で対応を終えます。", "Enter ends the run.") }

    func callResultName(_ result: CallResult) -> String {
        switch result {
        case .reached: pick("通じた", "reached")
        case .noAnswer: pick("出なかった", "no answer")
        case .leftMessage: pick("伝言を残した", "left a message")
        }
    }

    func inputTypeHint(_ type: InputType) -> String {
        switch type {
        case .text: pick("文字", "text")
        case .number: pick("数字", "a number")
        case .ip: pick("IPアドレス（例: 192.168.1.20）", "an IP address (e.g. 192.168.1.20)")
        case .hostname: pick("端末名（例: HIS-51）", "a host name (e.g. HIS-51)")
        case .datetime: pick("日時（例: 2026-11-21 03:15）", "a date and time (e.g. 2026-11-21 03:15)")
        case .phone: pick("電話番号（例: 03-1234-5678）", "a phone number (e.g. 03-1234-5678)")
        }
    }

    func recoveredTornTail(bytes: Int64) -> String {
        pick(
            "記録の最後の壊れた行（\(bytes) バイト）を切り取って再開しました。",
            "Resumed after cutting off a torn last line (\(bytes) bytes).")
    }

    func recorded(_ message: String) -> String {
        pick("記録しました: \(message)", "Recorded: \(message)")
    }

    // MARK: - Prompts

    func promptLabel(_ purpose: PromptPurpose) -> String {
        switch purpose {
        case .note: pick("メモ（この手順について）:", "Note (about this step):")
        case .skipReason: pick("飛ばす理由:", "Why skip this step?")
        case .failReason: pick("そうなっていない理由（今の状態）:", "Why it fails (what you see):")
        case .unableReason: pick("できなかった理由（何があったか）:", "Why could it not be done?")
        case .earlyWaitReason: pick("待つのをやめる理由（空欄でも可）:", "Why end the wait early? (may be empty)")
        case .abortReason: pick("打ち切る理由（対応を途中でやめる）:", "Why abort the whole run?")
        case .evidenceDescription:
            pick("証拠の説明（例: 画面の写真 3 枚）:", "What is the evidence? (e.g. 3 photos of the screen)")
        case .evidencePath: pick("ファイルの場所（なければ空のまま Enter）:", "File path (leave empty if none):")
        case .localRunConfirmation:
            pick(
                "このコマンドをこの端末で実行しますか？ 実行するなら y:", "Run this command on this terminal? Type y to run:"
            )
        case .expectedCode:
            pick(
                "紙に書いた検証コード（XXXX-XXXX-XXXX-XXXX-XXXX）:",
                "Verification code from paper (XXXX-XXXX-XXXX-XXXX-XXXX):")
        case .decision:
            pick(
                "決定（この手順で決めたこと。空のまま Enter で記録せず進む）:",
                "Decision on this step (empty: go on without one):")
        case .rationale: pick("その理由:", "Why (the rationale):")
        case .decidedBy: pick("決めた人:", "Who decided:")
        case .hotWashAnswer: pick("答え:", "Answer:")
        }
    }

    var localRunCancelled: String { pick("実行しませんでした。", "Not run.") }

    var notACode: String {
        pick(
            "検証コードではありません（0-9 と A-Z の 20 文字。- と小文字は可）。",
            "Not a verification code (20 characters of 0-9 and A-Z; dashes and lower case are fine)."
        )
    }
    var reasonRequired: String { pick("理由を書いてください。", "Please write a reason.") }
    var emptyNote: String { pick("メモが空です。", "The note is empty.") }

    // MARK: - Overlays

    var helpTitle: String { pick("ヘルプ: この画面のキー", "Help: keys on this screen") }
    var helpAbortLine: String {
        pick(
            "[x] 打ち切る: この対応を途中でやめる（理由を書きます。記録は残ります）",
            "[x] abort: stop the whole run here (asks for a reason; the journal keeps it)")
    }
    var helpJournalNote: String {
        pick(
            "操作はすべて、画面に出る前に対応記録に保存されています。",
            "Every action is saved in the journal before the screen shows it.")
    }
    var helpClose: String {
        pick("j / k で上下に動かせます。ほかのキーで閉じます。", "j / k scroll; any other key closes this.")
    }
    var quitQuestion: String { pick("終了しますか？ (y/n)", "Quit? (y/n)") }
    var quitExplanation: String {
        pick(
            "ここまでの記録は保存されています。続けるときは、もう一度 初動（Shodo）を起動してください。途中から始められます。",
            "Everything so far is saved. To go on later, start Shodo again: it offers to continue where you stopped."
        )
    }

    // MARK: - Paused, end, errors

    var pausedTitle: String { pick("中断しています", "Paused") }
    var pausedExplanation: String {
        pick(
            "Enter で続きから再開します。あとで、もう一度 初動（Shodo）を起動しても続きから始められます。",
            "Press Enter to continue. Starting Shodo again later also continues from here.")
    }
    var endTitle: String { pick("対応が終わりました", "The run has ended") }
    func outcomeLine(_ outcome: String) -> String { pick("結果: \(outcome)", "Outcome: \(outcome)") }
    func tallyLine(_ tally: StepTally) -> String {
        pick(
            "完了 \(tally.done) ・ 飛ばした \(tally.skipped) ・ できなかった \(tally.unable) ・ 確認できず \(tally.failed)",
            "done \(tally.done), skipped \(tally.skipped), could not do \(tally.unable), failed \(tally.failed)"
        )
    }
    var verificationCodeLabel: String { pick("検証コード:", "Verification code:") }
    var verificationCodeRequest: String {
        pick(
            "この検証コードを紙に書くか、情報システム担当に読み上げてください。",
            "Write this verification code down, or read it out to the IT lead.")
    }
    var journalLabel: String { pick("対応記録:", "Journal:") }
    var journalErrorTitle: String { pick("対応記録（ジャーナル）に書き込めません", "The journal cannot be written") }
    var journalErrorAdvice: String {
        pick(
            "これ以上の操作は記録できないため、受け付けません。紙に記録を続け、情報システム担当に連絡してください。",
            "Nothing more can be recorded, so no action is accepted. Keep notes on paper and call the IT on-call."
        )
    }
    var enlargeWindowJapanese: String { "画面を大きくしてください" }
    var enlargeWindowEnglish: String { "Please enlarge the window" }
    func sizeNeeded(current: String, minimum: String) -> String { "\(current) < \(minimum)" }

    // MARK: - After the terminal is given back

    func pausedFarewell(path: String) -> String {
        pick(
            "中断しました。続けるときは、もう一度 初動（Shodo）を起動してください。対応記録: \(path)",
            "Paused. To go on, start Shodo again. Journal: \(path)")
    }
    func codeFarewell(_ code: String) -> String {
        pick("検証コード \(code)", "verification code \(code)")
    }
}
