extension UIText {
    /// The short label of `command` on the bottom line.
    func label(_ command: KeyCommand) -> String {
        let japanese: String
        let english: String
        switch command {
        case .done: (japanese, english) = ("完了", "done")
        case .confirm: (japanese, english) = ("確認", "confirm")
        case .fail: (japanese, english) = ("そうなっていない", "fail")
        case .unable: (japanese, english) = ("できない", "can't do")
        case .skip: (japanese, english) = ("飛ばす", "skip")
        case .pickOption: (japanese, english) = ("選ぶ", "choose")
        case .pickSelected: (japanese, english) = ("決定", "pick")
        case .moveSelection: (japanese, english) = ("移動", "move")
        case .scroll, .scrollPage: (japanese, english) = ("スクロール", "scroll")
        case .note: (japanese, english) = ("メモ", "note")
        case .evidence: (japanese, english) = ("証拠", "evidence")
        case .runLocally: (japanese, english) = ("ここで実行", "run here")
        case .why: (japanese, english) = ("なぜ", "why")
        case .back: (japanese, english) = ("戻る", "back")
        case .pause: (japanese, english) = ("中断", "pause")
        case .help: (japanese, english) = ("ヘルプ", "help")
        case .quit: (japanese, english) = ("終了", "quit")
        case .pickContact: (japanese, english) = ("連絡先", "contact")
        case .callReached: (japanese, english) = ("通じた", "reached")
        case .callNoAnswer: (japanese, english) = ("出なかった", "no answer")
        case .callLeftMessage: (japanese, english) = ("伝言", "message")
        case .nextAfterCalls: (japanese, english) = ("次へ", "next")
        case .endWaitEarly: (japanese, english) = ("待つのをやめる", "end early")
        case .enterInput: (japanese, english) = ("入力する", "type")
        case .submitInput: (japanese, english) = ("入力を確定", "submit")
        case .leaveInput: (japanese, english) = ("ほかの操作", "other keys")
        case .submitPrompt: (japanese, english) = ("決定", "OK")
        case .cancelPrompt: (japanese, english) = ("やめる", "cancel")
        case .submitName: (japanese, english) = ("決定", "OK")
        case .resumeYes: (japanese, english) = ("はい、再開する", "yes, resume")
        case .resumeNo: (japanese, english) = ("いいえ、新しく始める", "no, start new")
        case .search: (japanese, english) = ("検索", "search")
        case .startRunbook: (japanese, english) = ("始める", "start")
        case .backToTriage: (japanese, english) = ("戻る", "back")
        case .resumePaused: (japanese, english) = ("再開", "resume")
        case .abort: (japanese, english) = ("打ち切る", "abort")
        case .closeOverlay: (japanese, english) = ("閉じる", "close")
        case .quitYes: (japanese, english) = ("はい", "yes")
        case .quitNo: (japanese, english) = ("いいえ", "no")
        case .finishEnd: (japanese, english) = ("終える", "finish")
        case .journals: (japanese, english) = ("記録", "journals")
        case .openJournal: (japanese, english) = ("開く", "open")
        case .filterKind: (japanese, english) = ("種類", "kind")
        case .filterOperator: (japanese, english) = ("対応者", "operator")
        case .enterCode: (japanese, english) = ("コード", "code")
        case .backToJournals: (japanese, english) = ("戻る", "back")
        case .markSymptom: (japanese, english) = ("印を付ける", "mark")
        case .startPending: (japanese, english) = ("次の手順書へ", "next runbook")
        case .filterDrills: (japanese, english) = ("すべて/実際/訓練", "all/real/drills")
        case .drillSummary: (japanese, english) = ("訓練の結果", "drill results")
        case .acknowledgeInject: (japanese, english) = ("状況を確認", "got it")
        case .realWorld: (japanese, english) = ("実際のインシデント", "real incident")
        case .realWorldYes: (japanese, english) = ("実際のインシデントです", "it is real")
        case .recordDecision: (japanese, english) = ("決定を記録", "decision")
        case .answerHotWash: (japanese, english) = ("答える", "answer")
        }
        return isJapanese ? japanese : english
    }

    /// What `command` does, in a sentence, for the help overlay.
    func explanation(_ command: KeyCommand) -> String {
        let japanese: String
        let english: String
        switch command {
        case .done:
            (japanese, english) = ("やり終えたら押す。次の手順へ進みます", "press when done; goes to the next step")
        case .confirm: (japanese, english) = ("書いてある状態になっていれば押す", "press when it is as described")
        case .fail:
            (japanese, english) = ("その状態にならない（理由を書きます）", "it is not as described (asks why)")
        case .skip: (japanese, english) = ("しないで次へ（理由を書きます）", "go on without doing it (asks why)")
        case .unable:
            (japanese, english) = (
                "やろうとしたが、できなかった（理由を書きます。次の手だてへ進みます）",
                "you tried but could not do it (asks why; goes to the next way)"
            )
        case .pickOption: (japanese, english) = ("その番号を選んで次へ進みます", "picks that number and goes on")
        case .pickSelected: (japanese, english) = ("> の付いたものに決めます", "picks the one marked >")
        case .moveSelection:
            (japanese, english) = ("上下に移動（矢印キーでも）", "move up and down (arrows too)")
        case .scroll: (japanese, english) = ("長い説明を上下に動かす（矢印キーでも）", "scroll long text (arrows too)")
        case .scrollPage: (japanese, english) = ("長い説明を上下に動かす", "scroll long text")
        case .note: (japanese, english) = ("メモを書いて記録に残す", "write a note into the journal")
        case .runLocally:
            (japanese, english) = (
                "このコマンドをこの端末で実行し、出力を証拠として保存（確認してから実行、60 秒で打ち切り）",
                "run this command on this terminal and keep its output as evidence (asks first; stopped after 60 s)"
            )
        case .evidence:
            (japanese, english) = (
                "証拠を登録（写真・印刷物・ファイル。説明と、あればファイルの場所を書きます）",
                "register evidence (photos, printouts, a file: asks what it is, then a file path if any)"
            )
        case .why: (japanese, english) = ("この手順の理由を見る", "show why this step matters")
        case .back:
            (japanese, english) = ("1 つ前の手順へ（記録は消えません）", "back one step (nothing is erased)")
        case .pause: (japanese, english) = ("ここで中断して、あとで再開する", "stop here and continue later")
        case .help: (japanese, english) = ("このヘルプ", "this help")
        case .quit: (japanese, english) = ("終了（対応中は確認します）", "quit (asks first during a run)")
        case .pickContact: (japanese, english) = ("連絡先を番号で選ぶ", "pick a contact by its number")
        case .callReached: (japanese, english) = ("電話が通じたと記録", "record: the call got through")
        case .callNoAnswer: (japanese, english) = ("電話に出なかったと記録", "record: nobody answered")
        case .callLeftMessage: (japanese, english) = ("伝言を残したと記録", "record: you left a message")
        case .nextAfterCalls:
            (japanese, english) = ("連絡が終わったら次の手順へ", "go on once the calls are made")
        case .endWaitEarly:
            (japanese, english) = ("待つのをやめて次へ（理由を書けます）", "stop waiting and go on (asks why)")
        case .enterInput: (japanese, english) = ("入力欄にもどる", "back to the field")
        case .submitInput: (japanese, english) = ("入力した内容で決定", "submit what you typed")
        case .leaveInput:
            (japanese, english) = ("入力欄を離れて、ほかのキーを使う", "leave the field to use other keys")
        case .submitPrompt: (japanese, english) = ("書いた内容で決定", "accept what you wrote")
        case .cancelPrompt: (japanese, english) = ("書くのをやめる", "cancel")
        case .submitName: (japanese, english) = ("この名前で始める", "start with this name")
        case .resumeYes: (japanese, english) = ("前の対応を続ける", "continue the earlier run")
        case .resumeNo: (japanese, english) = ("新しい対応を始める", "start a new run")
        case .search: (japanese, english) = ("文字で手順書をさがす", "search the runbooks")
        case .startRunbook: (japanese, english) = ("選んだ手順書を始める", "start the selected runbook")
        case .backToTriage: (japanese, english) = ("「何が起きましたか？」に戻る", "back to \"What happened?\"")
        case .resumePaused: (japanese, english) = ("続きから再開する", "continue the run")
        case .abort: (japanese, english) = ("対応を途中でやめる（理由を書きます）", "abort the run (asks why)")
        case .closeOverlay: (japanese, english) = ("閉じる", "close")
        case .quitYes: (japanese, english) = ("中断して終了する", "pause and quit")
        case .quitNo: (japanese, english) = ("続ける", "keep going")
        case .finishEnd: (japanese, english) = ("対応を終える", "end the run")
        case .journals:
            (japanese, english) = ("これまでの対応記録を見る（読むだけ）", "browse the journals (read only)")
        case .openJournal:
            (japanese, english) = ("選んだ記録の流れを見る", "show the selected journal's timeline")
        case .filterKind:
            (japanese, english) = ("表示する記録の種類を切り替える", "cycle the kind of records shown")
        case .filterOperator:
            (japanese, english) = ("表示する対応者を切り替える", "cycle whose records are shown")
        case .enterCode:
            (japanese, english) = (
                "紙に書いた検証コードを入力し、末尾まで確かめる", "type the verification code from paper to check the end"
            )
        case .backToJournals: (japanese, english) = ("記録の一覧に戻る", "back to the journal list")
        case .markSymptom:
            (japanese, english) = (
                "当てはまるものに印を付ける・外す（いくつでも）", "mark or unmark what is true (as many as apply)"
            )
        case .startPending:
            (japanese, english) = (
                "ほかに当てはまったことの手順書を始める", "start the runbook for the next thing that was also true"
            )
        case .filterDrills:
            (japanese, english) = (
                "一覧を切り替える：すべて → 実際のインシデントだけ → 訓練だけ",
                "cycle the list: all → real incidents only → drills only"
            )
        case .drillSummary:
            (japanese, english) = (
                "選んだ訓練の結果（目標時間・逸脱・振り返り・改善項目）を見る（訓練の記録だけ）",
                "show the selected drill's results (targets, deviations, hot wash, improvement items; drills only)"
            )
        case .acknowledgeInject:
            (japanese, english) = (
                "訓練の新しい状況（カード）を読んだと記録する",
                "record that you read the drill's new situation (the card)"
            )
        case .realWorld:
            (japanese, english) = (
                "これは実際のインシデント: 訓練をやめ、本番の記録を最初の手順から始める（確認あり）",
                "this is a real incident: stop the drill and start the real journal at the first step (asks first)"
            )
        case .realWorldYes:
            (japanese, english) = ("訓練をやめて本番の対応を始める", "stop the drill and start the real response")
        case .recordDecision:
            (japanese, english) = (
                "この手順で決めたこと・理由・決めた人を記録する",
                "record what was decided on this step, why, and who decided"
            )
        case .answerHotWash: (japanese, english) = ("振り返りの質問に答える", "answer the hot-wash question")
        }
        return isJapanese ? japanese : english
    }
}
