import Foundation
import Localization
import TerminalUI
import Testing

@testable import ShodoApp

/// Screens drawn into a `Grid` and compared line by line with what the operator should read.
@MainActor
@Suite struct ScreenRenderTests {
    private func lines(_ harness: AppHarness, _ width: Int, _ height: Int) -> [String] {
        AppRenderer.render(harness.controller.state, size: Size(width: width, height: height)).grid
            .lines()
    }

    private func opened(_ route: AppRoute, language: Language) -> AppHarness {
        let harness = AppHarness(route: route, language: language)
        harness.controller.begin()
        return harness
    }

    @Test func triageInJapaneseAt80x24ShowsPrinciplesAndTriggersMostSevereFirst() {
        let harness = opened(.triage, language: "ja")
        let expected =
            [
                " 初動 Shodo                                                     対応者: Nurse A",
                " まず守ること:",
                " - LANケーブルを抜く。電源はそのまま。",
                " - 払わない。",
                " ------------------------------------------------------------------------------",
                " 何が起きましたか？ いちばん近いものを選んで Enter。いくつも当てはまるときは、",
                " スペースで印を付けてから Enter。",
                " > 1. [ ] 画面に脅迫文が出ている",
                "   2. [ ] マウスが勝手に動く",
                "   3. すべての手順書を見る",
            ] + Array(repeating: "", count: 12) + [
                "[1-3] 選ぶ  [j/k] 移動  [Space] 印を付ける  [Enter] 決定  [/] 検索  [l] 記録",
                "[?] ヘルプ  [q] 終了",
            ]
        #expect(lines(harness, 80, 24) == expected)
    }

    @Test func triageInEnglishAt60x18WrapsTheKeyLine() {
        let harness = opened(.triage, language: "en")
        let expected =
            [
                " Shodo                                    Operator: Nurse A",
                " First, always:",
                " - Unplug the cable. Leave the power on.",
                " - Do not pay.",
                " ----------------------------------------------------------",
                " What happened? Pick the closest one and press Enter. If",
                " several are true, mark each with Space, then Enter.",
                " > 1. [ ] A ransom note is on the screen",
                "   2. [ ] The mouse moves by itself",
                "   3. Browse all runbooks",
            ] + Array(repeating: "", count: 6) + [
                "[1-3] choose  [j/k] move  [Space] mark  [Enter] pick",
                "[/] search  [l] journals  [?] help  [q] quit",
            ]
        #expect(lines(harness, 60, 18) == expected)
    }

    @Test func stepWithCautionInJapaneseAt80x24() {
        let harness = opened(.runbook("guide"), language: "ja")
        let expected =
            [
                " パソコンを切り離す                                          手順 1/2  経過 0秒",
                " 現在地: パソコンを切り離す                                     対応者: Nurse A",
                "",
                " LANケーブルを抜いてください。",
                "",
                " += !! 注意 !! ===============================================================+",
                " ! 電源コードと間違えないでください。電源ボタンは押さないでください。         !",
                " +============================================================================+",
                "",
                " つめを押しながら、パソコン側から抜きます。壁の側は抜きません。ケーブルが見つか",
                " らなければ、そのまま次へ進みます。",
            ] + Array(repeating: "", count: 11) + [
                "[Enter] 完了  [c] できない  [s] 飛ばす  [n] メモ  [e] 証拠  [w] なぜ  [b] 戻る",
                "[p] 中断  [?] ヘルプ  [q] 終了  [j/k] スクロール",
            ]
        #expect(lines(harness, 80, 24) == expected)
    }

    @Test func stepInEnglishAt60x18() {
        let harness = opened(.runbook("guide"), language: "en")
        let expected = [
            " Disconnect the PC                    Step 1/2  0 s elapsed",
            " You are in: Disconnect the PC            Operator: Nurse A",
            "",
            " Unplug the network cable.",
            "",
            " += !! CAUTION !! ========================================+",
            " ! Do not pull the power cord by mistake. Do not press    !",
            " ! the power button.                                      !",
            " +========================================================+",
            "",
            " Press the tab and pull the cable out at the PC end, not at",
            " the wall. If you find no cable, just go on.",
            "", "", "",
            "[Enter] done  [c] can't do  [s] skip  [n] note  [e] evidence",
            "[w] why  [b] back  [p] pause  [?] help  [q] quit",
            "[j/k] scroll",
        ]
        #expect(lines(harness, 60, 18) == expected)
    }

    @Test func japaneseWrapsByDisplayWidthAndNeverSplitsAWideCharacterAtAnOddWidth() {
        let harness = opened(.runbook("guide"), language: "ja")
        let grid = AppRenderer.render(harness.controller.state, size: Size(width: 61, height: 18))
            .grid
        let shown = grid.lines()
        // Kinsoku: 「。」 never starts a line, and the caution wraps inside its border.
        #expect(shown[6] == " ! 電源コードと間違えないでください。電源ボタンは押さない  !")
        #expect(shown[7] == " ! でください。                                            !")
        #expect(shown[10] == " つめを押しながら、パソコン側から抜きます。壁の側は抜きませ")
        #expect(shown[11] == " ん。ケーブルが見つからなければ、そのまま次へ進みます。")
        for row in 0..<grid.size.height {
            let last = grid[Point(column: grid.size.width - 1, row: row)]
            #expect(last.kind != .wideLead, "row \(row) ends in half a wide character")
            #expect(shown[row].allSatisfy { !$0.isNewline })
            #expect(DisplayWidth.of(grid.lines(trimmingTrailingSpaces: false)[row]) == 61)
        }
    }

    @Test func belowTheMinimumOnlyTheRequestToEnlargeIsShown() {
        let harness = opened(.runbook("guide"), language: "en")
        let shown = lines(harness, 59, 18).filter { !$0.isEmpty }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(shown == ["画面を大きくしてください", "Please enlarge the window", "59x18 < 60x18"])
        let short = lines(harness, 80, 17).filter { !$0.isEmpty }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(short == ["画面を大きくしてください", "Please enlarge the window", "80x17 < 60x18"])
    }

    @Test func helpOverlayListsEveryKeyOfTheScreenAndAbort() {
        let harness = opened(.runbook("guide"), language: "ja")
        harness.controller.handle(.showOverlay(.help))
        let shown = lines(harness, 80, 24)
        let text = shown.joined(separator: "\n")
        let below = {
            var below = harness.controller.state
            below.overlay = nil
            return below
        }()
        for (keys, label) in HelpKeyCheck.listed(below: below) {
            #expect(text.contains("[\(keys)] \(label)"), "[\(keys)] \(label) is cut from the help")
        }
        let meanings: [String: HelpKeyCheck.Meaning] = [
            "完了": HelpKeyCheck.exactly(.perform(.done(note: nil))),
            "できない": HelpKeyCheck.exactly(.openPrompt(.unableReason)),
            "飛ばす": HelpKeyCheck.exactly(.openPrompt(.skipReason)),
            "メモ": HelpKeyCheck.exactly(.openPrompt(.note)),
            "証拠": HelpKeyCheck.exactly(.openPrompt(.evidenceDescription)),
            "なぜ": HelpKeyCheck.exactly(.showOverlay(.why)),
            "戻る": HelpKeyCheck.exactly(.perform(.back)),
            "中断": HelpKeyCheck.exactly(.perform(.pause)),
            "ヘルプ": HelpKeyCheck.exactly(.showOverlay(.help)),
            "終了": HelpKeyCheck.exactly(.showOverlay(.quitConfirmation)),
            "スクロール": HelpKeyCheck.scrolls,
        ]
        let inHelp = ["打ち切る": HelpKeyCheck.exactly(.openPrompt(.abortReason))]
        #expect(HelpKeyCheck.problems(below: below, meanings: meanings, inHelp: inHelp) == [])
        #expect(text.contains("[x] 打ち切る"))
        #expect(shown.last == "[x] 打ち切る  [j/k] スクロール  [Esc] 閉じる")
        #expect(shown[0].contains("手順 1/2"))
    }

    @Test func helpOfTriageListsWhatEachKeyDoes() {
        let harness = opened(.triage, language: "ja")
        let meanings: [String: HelpKeyCheck.Meaning] = [
            "選ぶ": HelpKeyCheck.picksTriageEntry,
            "移動": HelpKeyCheck.movesSelection,
            "印を付ける": HelpKeyCheck.exactly(.toggleTriageMark(0)),
            "決定": HelpKeyCheck.exactly(.pickTriageEntry(0)),
            "検索": HelpKeyCheck.exactly(.openRunbookList(searching: true)),
            "記録": HelpKeyCheck.exactly(.openJournalBrowser),
            "ヘルプ": HelpKeyCheck.exactly(.showOverlay(.help)),
            "終了": HelpKeyCheck.exactly(.quit),
        ]
        #expect(HelpKeyCheck.problems(below: harness.controller.state, meanings: meanings) == [])
    }

    @Test func quitConfirmationAsksInTheOperatorsLanguage() {
        let harness = opened(.runbook("guide"), language: "ja")
        harness.controller.handle(.showOverlay(.quitConfirmation))
        let shown = lines(harness, 80, 24)
        #expect(shown.contains { $0.contains("終了しますか？ (y/n)") })
        #expect(shown.last == "[y] はい  [n] いいえ")
        let english = opened(.runbook("guide"), language: "en")
        english.controller.handle(.showOverlay(.quitConfirmation))
        #expect(lines(english, 60, 18).contains { $0.contains("Quit? (y/n)") })
    }
}
