import TerminalUI

/// A wait step's live countdown.
///
/// ```
/// 残り 04:59 （全体 05:00）
/// 時間になると自動で次へ進みます。
/// ```
struct WaitPanel: StepPanel {
    var totalSeconds: Int
    var secondsLeft: Int
    var text: UIText

    private var countdown: String {
        text.waitRemaining(DurationText.clock(seconds: secondsLeft)) + " "
            + text.waitTotal(DurationText.clock(seconds: totalSeconds))
    }

    func requiredHeight(forWidth width: Int) -> Int {
        ScreenChrome.wrappedHeight(countdown, width: width)
            + ScreenChrome.wrappedHeight(text.waitHint, width: width)
    }

    func draw(into grid: inout Grid, within area: Rect) -> Point? {
        let used = ScreenChrome.drawWrapped(
            countdown, style: Style.header.adding(.bold), into: &grid, within: area)
        ScreenChrome.drawWrapped(
            text.waitHint, style: .muted, into: &grid, within: area.dividedFromTop(used).remainder)
        return nil
    }
}
