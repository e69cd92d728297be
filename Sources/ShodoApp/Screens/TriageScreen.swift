import TerminalUI

/// 「何が起きましたか？」: the first principles across the top, then every runbook's triggers.
///
/// ```
///  初動 Shodo                                            対応者: 看護師A
///  まず守ること:
///  - LANケーブルを抜く・Wi-Fiを切る。電源はそのまま。
///  ...
///  ------------------------------------------------------------------
///  何が起きましたか？ いちばん近いものを番号で選んでください。
/// > 1. [x] 画面に身代金を要求するメッセージが出ている
///   2. [ ] ...
/// ```
/// The principles never scroll away: they take what they need (up to half
/// the screen), and the list scrolls below them.
enum TriageScreen {
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) {
        let text = state.text
        ScreenChrome.drawTitleBar(
            left: text.appName, right: text.operatorTag(state.operatorField.text),
            into: &grid, within: area.row(0))
        var remaining = ScreenChrome.margins(area.dividedFromTop(1).remainder)
        let principles = PrinciplesBanner(
            heading: text.principlesHeading, principles: state.principles)
        let bannerHeight = min(
            principles.requiredHeight(forWidth: remaining.width), remaining.height / 2)
        let banner = remaining.dividedFromTop(bannerHeight)
        principles.draw(into: &grid, within: banner.slice)
        remaining = banner.remainder
        let rule = remaining.dividedFromTop(1)
        grid.put(
            String(repeating: "-", count: rule.slice.width), at: rule.slice.origin, style: .muted,
            clippedTo: rule.slice)
        remaining = rule.remainder
        let question = "\(text.triageQuestion) \(text.triageInstruction)"
        let questionRows = min(2, ScreenChrome.wrappedHeight(question, width: remaining.width))
        let heading = remaining.dividedFromTop(questionRows)
        ScreenChrome.drawWrapped(
            question, style: Style.header.adding(.bold), into: &grid, within: heading.slice)
        // Every symptom has a box, so that marking several (Space) can be seen as possible.
        let labels =
            state.triageEntries.indices.map { index in
                (state.triageMarks.contains(index) ? "[x] " : "[ ] ")
                    + state.triageEntries[index].label
            } + [text.browseAllRunbooks]
        NumberedList(items: labels, selectedIndex: state.triageSelection).draw(
            into: &grid, within: heading.remainder)
    }
}
