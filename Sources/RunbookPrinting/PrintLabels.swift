import Localization

/// Every fixed word of a printed runbook, in Japanese and English.
///
/// The document uses one language, chosen with `--lang`; the runbook's own
/// texts follow the same choice through `LocalizedText.resolved`. Labels are
/// named values so tests assert on names, not on scattered literals.
public struct PrintLabels: Sendable, Hashable {
    /// The language of the labels.
    public let language: Language

    /// Labels for `language`.
    public init(language: Language) {
        self.language = language
    }

    var isJapanese: Bool { language == .japanese }

    func pick(_ japanese: String, _ english: String) -> String {
        isJapanese ? japanese : english
    }

    // MARK: Blanks and marks

    /// The box to tick, on paper or on screen.
    public var checkbox: String { "□" }
    /// A blank for a clock time.
    public var timeBlank: String { "__:__" }
    /// A blank for initials or a short word.
    public var shortBlank: String { "______" }
    /// A blank for a value, a name or a result.
    public var longBlank: String { "____________________" }
    /// A blank for a date.
    public var dateBlank: String { pick("____年__月__日", "____-__-__") }
    /// What `{{name}}` becomes on paper.
    public func fieldBlank(_ name: String) -> String { pick("［\(name)］", "[\(name)]") }
    /// The arrow every jump starts with.
    public var arrow: String { "→" }

    // MARK: Header

    /// Under the title: what this paper is for.
    public var paperCopyNote: String {
        pick(
            "紙の控え：端末が使えないときに、この紙で手順を進めます。",
            "Paper copy: follow these steps on paper when the terminal is down.")
    }
    /// Header row: the runbook's `id`.
    public var runbookID: String { pick("手順書 ID", "Runbook id") }
    /// Header row: the runbook's `version`.
    public var version: String { pick("版", "Version") }
    /// Header row: the start of the file's SHA-256, to match the journal.
    public var fileDigest: String { pick("ファイルの SHA-256（先頭12桁）", "File SHA-256 (first 12)") }
    /// In place of the digest of a runbook not read from a file.
    public var unknownDigest: String { pick("不明", "unknown") }
    /// Header row: how urgent the runbook is.
    public var severity: String { pick("重大度", "Severity") }
    /// Header row: who runs the runbook.
    public var roles: String { pick("実施する人", "Roles") }
    /// Header and step row: the expected duration.
    public var estimatedTime: String { pick("目安の時間", "Estimated time") }
    /// Before the runbook's summary.
    public var summary: String { pick("概要", "Summary") }
    /// Before the symptoms that lead to this runbook.
    public var triggers: String { pick("この手順書を使うとき", "When to use this") }
    /// Write-in blank in the header: the hospital.
    public var hospitalName: String { pick("病院名", "Hospital") }
    /// Write-in blank in the header: the day of the incident.
    public var date: String { pick("日付", "Date") }
    /// Write-in blank in the header: who fills in this copy.
    public var operatorName: String { pick("記入者", "Operator") }
    /// Explains field blanks; shown when any text has one.
    public var fieldLegend: String {
        pick(
            "［名前］のところは、その名前の記入欄に書いた値に読み替えてください。",
            "Read [name] as the value written in the field of that name.")
    }
    /// Shown when the contacts are the unfilled bundled template.
    public var contactsTemplateWarning: String {
        pick(
            "注意：連絡先は同梱のひな形のままです。病院の連絡先ファイル（--contacts）を指定して印刷し直してください。",
            "Note: the contacts are the bundled template. Print again with the hospital's contacts file (--contacts)."
        )
    }
    /// Before the list of appendices in the header.
    public var appendices: String { pick("付録", "Appendices") }

    // MARK: Sections and steps

    /// Heading of the main part's steps.
    public var steps: String { pick("手順", "Steps") }
    /// "付録 A" / "Appendix A".
    public func appendix(_ letter: String) -> String { pick("付録 \(letter)", "Appendix \(letter)") }
    /// The main part, when an appendix includes the runbook being printed.
    public var mainPart: String { pick("本編", "the main part") }
    /// "手順 3" / "Step 3", as a step's heading.
    public func stepHeading(_ number: String) -> String { pick("手順 \(number)", "Step \(number)") }
    /// "手順 3" / "step 3", inside a sentence.
    public func stepReference(_ number: String) -> String { pick("手順 \(number)", "step \(number)") }
    /// Opens a step title after a step reference.
    public var openParenthesis: String { pick("（", " (") }
    /// Closes a step title after a step reference.
    public var closeParenthesis: String { pick("）", ")") }
    /// Between a label and its value.
    public var colon: String { pick("：", ": ") }
    /// Step row: the role that does the step.
    public var role: String { pick("役割", "Role") }
    /// Heading of a step's reason.
    public var why: String { pick("理由", "Why") }
    /// A symbol and a word: the caution must stand out without colour.
    public var caution: String { pick("⚠ 注意", "⚠ CAUTION") }
    /// Jump line: where the flow goes after this step.
    public var next: String { pick("次", "next") }
    /// Jump target in the main part: the run ends.
    public var end: String { pick("終了", "end") }
    /// Jump target in an appendix: back to the including step.
    public var endOfAppendix: String {
        pick(
            "この付録の終わり（呼び出した手順に戻る）", "end of this appendix (go back to the step that sent you here)")
    }
    /// A jump to a step id the runbook does not have.
    public func stepNotFound(_ id: String) -> String {
        pick("手順「\(id)」（見つかりません）", "step \"\(id)\" (not found)")
    }
    /// Per-step write-in: when it was done.
    public var stepTime: String { pick("時刻", "Time") }
    /// Per-step write-in: who did it.
    public var initials: String { pick("担当", "Initials") }

    // MARK: Kinds

    /// Instruction box: the step was done.
    public var done: String { pick("済み", "done") }
    /// Instruction box: the step was skipped, with a reason.
    public var skipped: String { pick("飛ばした（理由）", "skipped (reason)") }
    /// Check step: the condition to confirm.
    public var expect: String { pick("確かめること", "Check that") }
    /// Check box: the condition holds.
    public var confirmed: String { pick("確認した", "confirmed") }
    /// Check box: the condition does not hold.
    public var cannotConfirm: String { pick("できない", "cannot confirm") }
    /// Instruction or command box: it could not be done; printed where `on_unable` leads elsewhere.
    public var unable: String { pick("できない（やろうとしたが、できなかった）", "cannot do (tried, but could not)") }
    /// Input row: the field the value goes into.
    public var field: String { pick("記入欄", "Field") }
    /// Input row: the kind of value.
    public var valueType: String { pick("種類", "Type") }
    /// Input row: the regular expression the value must match.
    public var pattern: String { pick("形式（正規表現）", "Pattern (regular expression)") }
    /// After a field that is not required.
    public var mayBeBlank: String { pick("空欄でもよい", "may be left blank") }
    /// Contact row: telephone numbers.
    public var phones: String { pick("電話", "Phone") }
    /// Contact row: when the contact answers.
    public var hours: String { pick("受付時間", "Hours") }
    /// Contact row: the contact's web address.
    public var web: String { pick("Web", "Web") }
    /// Contact row and call write-in: notes.
    public var notes: String { pick("メモ", "Notes") }
    /// Contact row: whether a prior contract is needed.
    public var contract: String { pick("契約", "Contract") }
    /// Contract value: a contract must exist beforehand.
    public var priorContractRequired: String { pick("事前の契約が必要", "prior contract required") }
    /// Contract value: no contract needed.
    public var noPriorContract: String { pick("事前の契約は不要", "no prior contract needed") }
    /// Contact row: when the entry was last checked.
    public var lastVerified: String { pick("最終確認日", "Last verified") }
    /// Last-verified value for the template's never-checked entries.
    public var neverVerified: String {
        pick("未確認（病院で記入・確認すること）", "never verified (the hospital must fill in and check)")
    }
    /// A contact id that no loaded contacts file defines.
    public func contactMissing(_ id: String) -> String {
        pick("連絡先ファイルにない連絡先「\(id)」", "Not in the contacts file: \"\(id)\"")
    }
    /// Write-in blank for a missing contact's name.
    public var contactName: String { pick("名前", "Name") }
    /// Call box: the contact answered.
    public var reached: String { pick("通じた", "reached") }
    /// Call box: nobody answered.
    public var noAnswer: String { pick("出なかった", "no answer") }
    /// Call box: a message was left.
    public var leftMessage: String { pick("伝言", "left a message") }
    /// Call write-in: when the call was made.
    public var callTime: String { pick("電話した時刻", "Call time") }
    /// Wait row: how long to wait.
    public var waitDuration: String { pick("待つ時間", "Wait") }
    /// Wait write-in: when waiting began.
    public var waitStarted: String { pick("開始", "started") }
    /// Wait write-in: when waiting ended.
    public var waitEnded: String { pick("終了", "ended") }
    /// A duration in whole minutes.
    public func minutes(_ count: Int) -> String { pick("\(count) 分", "\(count) min") }
    /// A duration in seconds.
    public func seconds(_ count: Int) -> String { pick("\(count) 秒", "\(count) s") }
    /// Command row: where the command is typed.
    public var platform: String { pick("機種", "Platform") }
    /// Command write-in: what the command showed.
    public var result: String { pick("結果", "Result") }
    /// Explains `{{name}}` inside commands, which stay verbatim.
    public var commandFieldNote: String {
        pick(
            "コマンドの {{名前}} のところには、［名前］に書いた値を入れて入力します。",
            "Where the command says {{name}}, type the value written for [name].")
    }
    /// Points from a command's field to the input step that sets it.
    public func writtenAt(_ step: String) -> String { pick("\(step)で記入", "written at \(step)") }
    /// Include step: where the included runbook is printed.
    public func seeAppendix(_ letter: String) -> String {
        pick("付録 \(letter) を見てください", "see appendix \(letter)")
    }
    /// Include step whose runbook is the one printed first.
    public var seeMainPart: String {
        pick("本編を最初から見てください", "see the main part, from its first step")
    }
    /// Include step whose runbook is not loaded.
    public var includeMissing: String {
        pick(
            "この手順書は読み込まれていないため印刷されていません。その紙の控えを探してください。",
            "This runbook is not loaded, so it is not printed here. Find its own paper copy.")
    }
    /// Include step: where to go once the appendix is done.
    public var afterAppendix: String { pick("付録が終わったら", "When the appendix is finished") }
    /// End row: how the run ends.
    public var outcome: String { pick("結果", "Outcome") }
    /// End step in an appendix whose outcome returns to the caller.
    public var appendixEndReturns: String {
        pick(
            "付録として使ったときは、呼び出した手順に戻ります。",
            "When used as an appendix, go back to the step that sent you here.")
    }
    /// End step in an appendix whose outcome ends the whole run.
    public var appendixEndStops: String {
        pick(
            "付録として使ったときも、対応全体がここで終わります。",
            "Even when used as an appendix, the whole response ends here.")
    }

    // MARK: Footer

    /// Heading of the references in the footer.
    public var references: String { pick("参考資料", "References") }
    /// The footer's reminder of what paper is for.
    public func printedBy(programVersion: String, printedOn: String?) -> String {
        let date = printedOn.map { pick("（\($0)）", " on \($0)") } ?? ""
        return pick(
            "shodo \(programVersion) で印刷\(date)。これは紙の控えです。端末が使えるときは、ジャーナルが正式な記録です。",
            "Printed by shodo \(programVersion)\(date). This is a paper copy; the journal is the record when the terminal works."
        )
    }
}
