extension UIText {
    // MARK: - Drill (docs/drill-scenario.md "Running")

    func noDrillScenario(_ id: String) -> String {
        pick("訓練シナリオ「\(id)」は読み込まれていません", "no drill scenario '\(id)' is loaded")
    }
    /// The banner's mark, in both languages whatever the UI's: the one word that says "exercise" even without colour.
    var drillBannerMark: String { "【訓練 / EXERCISE】" }
    /// The drill clock on the banner, with 停止中 / paused while it stands still.
    func drillClock(seconds: Int, running: Bool) -> String {
        let clock = DurationText.clock(seconds: seconds)
        return running
            ? pick("訓練時計 \(clock)", "drill clock \(clock)")
            : pick("訓練時計 \(clock) 停止中", "drill clock \(clock) paused")
    }
    /// The inject card's title: who it is for, and how many more wait behind it.
    func injectCardTitle(to role: String?, waitingBehind: Int) -> String {
        var title = pick("訓練の状況", "Drill update")
        if let role { title += pick("（\(role) へ）", " (to \(role))") }
        if waitingBehind > 0 { title += pick(" ほか \(waitingBehind) 件", " +\(waitingBehind) more") }
        return title
    }
    /// Under the card's text; while keys go into an input field, Esc comes first.
    func injectCardKey(typing: Bool) -> String {
        typing
            ? pick("[Esc] のあと [o] 読みました（記録します）", "[Esc], then [o] got it (recorded)")
            : pick("[o] 読みました（記録します）", "[o] got it (recorded)")
    }
    var storyTitle: String { pick("訓練の想定", "The drill's story") }
    var storyClose: String {
        pick(
            "これは訓練です。どのキーでも閉じて、最初の手順に進みます。",
            "This is a drill. Any key closes this and shows the first step.")
    }
    func injectAcknowledged(_ id: String) -> String {
        pick("状況を確認したことを記録しました: \(id)", "Recorded that you read: \(id)")
    }

    /// A simulated contact on a drill's contact step: never a real number.
    var drillNoRealCall: String { pick("訓練：実際には電話しません", "Drill: no real call is made") }
    /// A comcheck calls the real numbers: every call opens by saying it is a drill.
    var comcheckOpening: String {
        pick("電話のはじめに「訓練です」と言ってください", "Open the call with \"This is a drill\" (訓練です)")
    }
    /// What the simulated person said, once reached.
    func drillContactSays(_ name: String, _ script: String) -> String {
        pick("（訓練）\(name): \(script)", "(drill) \(name): \(script)")
    }
    /// A call made before the simulated person can be reached.
    func drillContactNoAnswer(_ name: String) -> String {
        pick("（訓練）\(name): 応答なし", "(drill) \(name): no answer")
    }

    // MARK: Tabletop

    /// The tabletop line: the current module with its time left, and whether this step's decision is recorded.
    func tabletopModule(number: Int, of count: Int, title: String, secondsLeft: Int) -> String {
        pick(
            "討議 \(number)/\(count)「\(title)」残り \(DurationText.clock(seconds: secondsLeft))",
            "Module \(number)/\(count) \(title): \(DurationText.clock(seconds: secondsLeft)) left")
    }
    var tabletopModulesOver: String { pick("討議の時間枠は終わりました", "All modules' time is up") }
    func tabletopDecision(recorded: Bool) -> String {
        recorded
            ? pick("この手順の決定: 記録済み", "decision: recorded")
            : pick("この手順の決定: まだ [d]", "decision: not yet [d]")
    }
    var tabletopQuestionsLabel: String { pick("問い:", "Questions:") }
    func decisionRecorded(_ decision: String) -> String {
        pick("決定を記録しました: \(decision)", "Decision recorded: \(decision)")
    }

    // MARK: Real-world abort

    var realWorldTitle: String { pick("実際のインシデント", "A real incident") }
    var realWorldQuestion: String {
        pick("これは実際のインシデントです。訓練をやめますか？", "This is a real incident. Stop the drill?")
    }
    var realWorldExplanation: String {
        pick(
            "y で訓練の記録を閉じ、同じ手順書の本番の記録を最初の手順から始めます。訓練に戻るときは、ほかのキーを押してください。",
            "y closes the drill's journal and starts the real journal of the same runbook at its first step. Any other key goes back to the drill."
        )
    }
    func facilitatorAttached(_ name: String) -> String {
        pick(
            "進行役 \(name) が別の端末から接続しました（訓練）",
            "Facilitator \(name) attached from another terminal (drill)")
    }
    func facilitatorDetached(_ name: String) -> String {
        pick("進行役 \(name) の接続が切れました。訓練はそのまま続きます", "Facilitator \(name) detached; the drill goes on")
    }
    var realWorldStarted: String {
        pick(
            "本番の対応です。訓練の記録は閉じました。ここからは実際のインシデントとして記録します。",
            "This is the real response. The drill's journal is closed; from here on everything is journaled as a real incident."
        )
    }

    // MARK: Hot wash

    var drillEndTitle: String { pick("訓練の手順が終わりました", "The drill's runbook has ended") }
    func hotWashHeading(_ number: Int, of count: Int) -> String {
        pick("振り返り \(number)/\(count):", "Hot wash \(number)/\(count):")
    }
    var hotWashKeyLine: String { pick("Enter で答えを書きます。", "Press Enter to type the answer.") }
    var drillEnded: String {
        pick(
            "訓練を終了しました（訓練記録 — 実際のインシデントではありません）",
            "The drill has ended (EXERCISE — not a real incident).")
    }
}
