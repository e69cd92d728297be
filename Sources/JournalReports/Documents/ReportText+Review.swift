/// The labels of the review pack's summary, attention list, custody and signature block.
extension ReportText {
    private var ja: Bool { language == .japanese }

    var summary: String { ja ? "概要（1 ページ）" : "Summary (one page)" }
    var outcome: String { ja ? "結果" : "Outcome" }
    var operators: String { ja ? "担当者" : "Operators" }
    var codeMatch: String { ja ? "検証コード照合" : "Code match" }
    var verdict: String { ja ? "検証" : "Verified" }
    var signed: String { ja ? "署名" : "Signed" }
    var needsAttention: String { ja ? "要確認事項" : "Needs attention" }
    var what: String { ja ? "事項" : "What" }
    var custodyTitle: String { ja ? "証拠の保管の経過（チェーン・オブ・カストディ）" : "Chain of custody" }
    var item: String { ja ? "品目" : "Item" }
    var description: String { ja ? "説明" : "Description" }
    var custodyHistory: String { ja ? "誰がいつどこで保管したか" : "Who held it when, where" }
    var reviewerNotes: String { ja ? "確認者の注記" : "Reviewer's notes" }
    var tags: String { ja ? "タグ" : "Tags" }
    var signatureTitle: String { ja ? "確認・署名欄" : "Signature" }
    var signatureLines: [String] {
        ja
            ? ["確認者（所属・氏名）", "署名・印", "日付", "所見"]
            : ["Reviewer (department, name)", "Signature", "Date", "Findings"]
    }

    func sealState(_ source: JournalSource) -> String {
        let report = source.verification
        guard report.isSealed else { return ja ? "封印なし" : "not sealed" }
        if report.checkedWithKey { return ja ? "封印あり（鍵で確認済み）" : "sealed (checked with the key)" }
        return ja ? "封印あり（鍵なし・未確認）" : "sealed (not checked: no key)"
    }

    func codeMatchState(_ source: JournalSource) -> String {
        let report = source.verification
        guard report.expectedCode != nil else {
            return ja ? "未確認（コードの入力なし）" : "not checked (no code given)"
        }
        if let line = report.expectedCodeLine {
            return ja ? "一致（\(line) 行目）" : "matches (line \(line))"
        }
        return ja ? "一致する行なし" : "no line has this code"
    }

    func verdictState(_ source: JournalSource) -> String {
        if let failure = source.verification.firstError {
            return ja ? "NG（\(failure.line) 行目から）" : "NOT INTACT (from line \(failure.line))"
        }
        return ja ? "OK（チェーン）" : "OK (chain)"
    }

    func signedBy(_ names: [String]) -> String {
        (ja ? "署名済み：" : "signed: ") + names.joined(separator: ", ")
    }

    func notSignedBecause(_ reason: String?) -> String {
        (ja ? "未署名：" : "not signed: ")
            + (reason
                ?? (ja
                    ? "署名の記録がありません（shodo review --sign）"
                    : "no sign-off recorded (shodo review --sign)"))
    }

    func outcomeName(_ outcome: String?) -> String {
        guard let outcome else { return ja ? "未終了" : "not ended" }
        guard ja else { return outcome }
        switch outcome {
        case "resolved": return "完了"
        case "escalated": return "上位へ引き継ぎ"
        case "handed-over": return "引き継ぎ済み"
        case "aborted": return "中止"
        default: return outcome
        }
    }

    func journalNotIntact(_ line: Int) -> String {
        ja ? "記録が検証できません（\(line) 行目から）" : "journal does not verify (from line \(line))"
    }
    var unreachedContact: String { ja ? "連絡がつかなかった相手" : "contact never reached" }
    var interruption: String { ja ? "中断（一時停止）" : "interruption (paused)" }
    var runNotEnded: String { ja ? "終わっていない対応" : "run not ended" }

    func custodySaved(_ custodian: String, location: String) -> String {
        ja ? "登録：\(custodian)（\(location)）" : "registered: \(custodian) (\(location))"
    }

    func custodyHanded(from: String, to: String, note: String) -> String {
        let base = ja ? "引き渡し：\(from) → \(to)" : "handed over: \(from) → \(to)"
        return note.isEmpty ? base : base + (ja ? "（\(note)）" : " (\(note))")
    }

    /// The line at the top of every printed page: the hospital and the journals' ids.
    func runningHeader(hospital: String?, journalIDs: [String]) -> String {
        let ids = journalIDs.map { String($0.prefix(8)) }.joined(separator: ", ")
        return [hospital, reviewTitle, (ja ? "記録 " : "journals ") + ids].compactMap { $0 }.joined(
            separator: " — ")
    }
}
