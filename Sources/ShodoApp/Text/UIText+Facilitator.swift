import RunSession

/// The words of the facilitator's screen (`shodo drill control`).
extension UIText {

    var facilitatorBanner: String { pick("【訓練 / EXERCISE】進行役", "[EXERCISE / 訓練] Facilitator") }
    var exerciseLine: String { pick("訓練記録 — 実際のインシデントではありません", "EXERCISE — NOT A REAL INCIDENT") }
    var drillClockPaused: String { pick("停止中", "paused") }
    var playerStepLabel: String { pick("プレイヤーの手順", "Player's step") }
    var playerRunEnded: String { pick("手順は終了（振り返り中）", "run ended (hot wash)") }
    var waitingForPlayer: String { pick("プレイヤーの状態を待っています…", "Waiting for the player's state…") }
    var injectsHeader: String { pick("注入", "Injects") }
    var expectationsHeader: String { pick("目標", "Expectations") }
    var tailHeader: String { pick("記録", "Journal") }
    func injectStage(_ stage: DrillControlSnapshot.InjectState.Stage) -> String {
        switch stage {
        case .pending: pick("待機", "pending")
        case .fired: pick("発出", "fired")
        case .acknowledged: pick("確認済", "acked")
        }
    }
    var manualTrigger: String { pick("手動", "manual") }
    func dueAt(_ clock: String) -> String { pick("予定 \(clock)", "due \(clock)") }
    func targetAt(_ clock: String) -> String { pick("目標 \(clock)", "target \(clock)") }
    func reachedAt(_ clock: String, met: Bool) -> String {
        met ? pick("達成 \(clock)", "met \(clock)") : pick("遅れて達成 \(clock)", "late \(clock)")
    }
    func timeLeft(_ clock: String) -> String { pick("残り \(clock)", "\(clock) left") }
    func overdue(_ clock: String) -> String { pick("超過 \(clock)", "overdue \(clock)") }
    var playerGone: String {
        pick(
            "プレイヤーとの接続が終わりました（訓練終了、またはプレイヤーが停止）。q で閉じます。",
            "The player's process has closed the connection (the drill ended, or the player stopped). q closes."
        )
    }
    var drillEndedNote: String { pick("訓練は終了しました。", "The drill has ended.") }
    var noManualInjectLeft: String {
        pick("手動で出せる注入はもうありません。", "No manual inject is left to fire.")
    }
    var noContactOnStep: String {
        pick("プレイヤーの今の手順には連絡先がありません。", "The player's current step calls no one.")
    }

    // Keys
    var keyFire: String { pick("注入", "fire") }
    var keyPauseClock: String { pick("時計停止", "pause") }
    var keyResumeClock: String { pick("時計再開", "resume") }
    var keyObserve: String { pick("観察", "observe") }
    var keyAnswer: String { pick("応答", "answer") }
    var keyImprove: String { pick("改善", "improve") }
    var keyEndDrill: String { pick("終了", "end") }
    var keyRealIncident: String { pick("実際", "real") }
    var keyQuitControl: String { pick("閉じる", "close") }
    var keySubmit: String { pick("次へ/送信", "next/send") }
    var keyCancel: String { pick("取消", "cancel") }
    var keyChoose: String { pick("選択", "choose") }

    // Forms
    var formFire: String { pick("手動の注入を出す", "Fire a manual inject") }
    var formPause: String { pick("訓練の時計を止める", "Pause the drill clock") }
    var formResume: String { pick("訓練の時計を再開する", "Resume the drill clock") }
    var formObserve: String { pick("観察を記録する", "Record an observation") }
    var formAnswer: String { pick("連絡先として応答する", "Answer as a contact") }
    var formImprove: String { pick("改善項目を記録する", "Record an improvement item") }
    var formEnd: String { pick("訓練を終了する（EndEx）", "End the drill (EndEx)") }
    var fieldInject: String { pick("注入", "Inject") }
    var fieldReason: String { pick("理由", "Reason") }
    var fieldText: String { pick("内容", "Text") }
    var fieldMilestone: String { pick("マイルストーン", "Milestone") }
    var fieldRating: String { pick("評価", "Rating") }
    var fieldContact: String { pick("連絡先", "Contact") }
    var fieldFinding: String { pick("気づき", "Finding") }
    var fieldAction: String { pick("対策", "Action") }
    var fieldOwner: String { pick("担当", "Owner") }
    var fieldDue: String { pick("期限 YYYY-MM-DD", "Due YYYY-MM-DD") }
    var fieldCategory: String { pick("分類", "Category") }
    var fieldConfirm: String { pick("本当に終了しますか", "Really end the drill") }
    var choiceNone: String { pick("なし", "none") }
    var choiceNo: String { pick("いいえ", "no") }
    var formAbort: String {
        pick("これは実際のインシデントです（訓練を中止）", "This is a real incident (stop the drill)")
    }
    var fieldConfirmAbort: String {
        pick(
            "訓練を中止して、実際の対応記録を開きますか", "Stop the drill and open a real journal on the player's screen"
        )
    }
    var choiceRealIncident: String { pick("はい、実際のインシデント", "yes, a real incident") }
    var choiceYes: String { pick("はい、終了する", "yes, end it") }
    var fieldRequired: String { pick("この欄は必須です。", "This field is needed.") }
}
