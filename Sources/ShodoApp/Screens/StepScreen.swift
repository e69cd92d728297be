import RunEngine
import TerminalUI

/// The step runner: where the operator is, the step, its caution, its text and its kind's interaction.
///
/// ```
///  含まれた手順書のタイトル                             手順 3/10  経過 05:12
///  現在地: 親の手順書 > 含まれた手順書                          対応者: 看護師A
///
///  LANケーブルを抜いてください。                       <- title
///  += !! 注意 !! ================================+     <- caution, before the text
///  ! 電源コードと間違えないでください。           !
///  +==============================================+
///  つめを押しながら、パソコン側から抜きます。...        <- body, scrolls with j/k
///  (panel of the kind: options, field, contacts, countdown, command)
/// ```
/// The caution and the panel always get their rows first; the body takes the
/// rest and scrolls. Blank rows separate the parts only when there is room.
enum StepScreen {
    /// Where each part goes for the current step within `area`.
    struct Layout {
        var header: Rect
        var breadcrumb: Rect
        var title: Rect
        var caution: Rect
        var body: Rect
        var panel: Rect
        var bodyView: ScrollView
    }

    /// Most rows the title may take.
    static let maximumTitleRows = 2

    /// Draws the step screen; returns the cursor of the input field, if any.
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) -> Point? {
        guard let run = state.run, let step = run.presentation else { return nil }
        let text = state.text
        let layout = layout(state, step: step, within: area)
        let position = text.stepPosition(step.position, of: step.stepCount)
        let clock = text.elapsed(seconds: state.elapsedSeconds)
        ScreenChrome.drawTitleBar(
            left: step.breadcrumb.last ?? run.rootTitle, right: "\(position)  \(clock)",
            into: &grid, within: layout.header)
        let operatorTag = text.operatorTag(run.operatorName)
        let operatorWidth = DisplayWidth.of(operatorTag)
        var crumbWidth = max(0, layout.breadcrumb.width - operatorWidth - 2)
        // Where the run is outranks the operator's name (on the start and end screens too).
        if Breadcrumb.showsEnds(
            label: text.breadcrumbLabel, titles: step.breadcrumb, width: crumbWidth)
        {
            grid.put(
                operatorTag,
                at: Point(
                    column: layout.breadcrumb.right - operatorWidth, row: layout.breadcrumb.top),
                style: .header, clippedTo: layout.breadcrumb)
        } else {
            crumbWidth = layout.breadcrumb.width
        }
        let crumb = Breadcrumb.line(
            label: text.breadcrumbLabel, titles: step.breadcrumb, width: crumbWidth)
        grid.put(
            crumb, at: layout.breadcrumb.origin,
            style: .muted, clippedTo: layout.breadcrumb)
        ScreenChrome.drawWrapped(
            step.title, style: Style.header.adding(.bold), into: &grid, within: layout.title)
        if let caution = step.caution, !layout.caution.isEmpty {
            CautionBox(label: text.cautionLabel, body: caution).draw(
                into: &grid, within: layout.caution)
        }
        layout.bodyView.draw(into: &grid, within: layout.body)
        guard let panel = StepPanels.panel(for: step, state: state), !layout.panel.isEmpty else {
            return nil
        }
        return panel.draw(into: &grid, within: layout.panel)
    }

    /// The layout of `step` within `area` (the screen above the bottom lines).
    static func layout(_ state: AppState, step: StepPresentation, within area: Rect) -> Layout {
        let top = area.dividedFromTop(2)
        let stack = ScreenChrome.margins(top.remainder).dividedFromTop(1).remainder
        let width = stack.width
        let titleRows = min(
            maximumTitleRows, ScreenChrome.wrappedHeight(step.title, width: width), stack.height)
        let room = stack.height - titleRows
        let cautionWanted =
            step.caution.map { CautionBox(label: "", body: $0).requiredHeight(forWidth: width) }
            ?? 0
        let cautionRows = min(cautionWanted, room / 2)
        let panelWanted =
            StepPanels.panel(for: step, state: state)?.requiredHeight(forWidth: width) ?? 0
        let panelRows = min(panelWanted, room - cautionRows)
        let bodyView = ScrollView(
            content: bodyContent(state, step: step, width: width),
            firstLine: state.stepView.bodyFirstLine)
        let bodyNatural = bodyView.lines(
            within: Rect(column: 0, row: 0, width: width, height: Int(Int32.max))
        ).count
        let bodyRoom = room - cautionRows - panelRows
        let heights = [titleRows, cautionRows, bodyNatural, panelRows]
        let gapCount = max(0, heights.filter { $0 > 0 }.count - 1)
        let spacious = bodyNatural + gapCount <= bodyRoom
        let bodyRows = spacious ? bodyNatural : bodyRoom
        // Parts in reading order; a blank row after each non-empty part when there is room.
        var rects: [Rect] = []
        var row = stack.top
        for (index, height) in [titleRows, cautionRows, bodyRows, panelRows].enumerated() {
            if !spacious && index == 3 { row = stack.bottom - height }
            rects.append(Rect(column: stack.left, row: row, width: width, height: height))
            row += height + (spacious && height > 0 ? 1 : 0)
        }
        return Layout(
            header: top.slice.row(0), breadcrumb: ScreenChrome.margins(top.slice.row(1)),
            title: rects[0],
            caution: rects[1], body: rects[2], panel: rects[3],
            bodyView: bodyView)
    }

    /// The text that scrolls: the step's body and, on a contact step, the
    /// contacts after it (wrapped one column narrower, for the scroll marks).
    static func bodyContent(_ state: AppState, step: StepPresentation, width: Int) -> [StyledText] {
        var content: [StyledText] = step.body.map { [StyledText($0)] } ?? []
        guard case .contact = step.kind else { return content }
        if !content.isEmpty { content.append(StyledText("")) }
        return content + contactPanel(state, step: step).lines(width: width - 1)
    }

    static func contactPanel(_ state: AppState, step: StepPresentation) -> ContactPanel {
        ContactPanel(
            contacts: step.contacts, view: state.stepView, text: state.text,
            drillCalls: state.drill.map { $0.simulatesContacts ? .simulated : .comcheck })
    }

    /// The body scroll position that shows contact `index` whole (its first line
    /// at the top when it is taller than the view), moving as little as it can.
    static func bodyFirstLine(showingContact index: Int, _ state: AppState, size: Size) -> Int {
        guard let step = state.run?.presentation else { return 0 }
        var scratch = Grid(size: size)
        let content = ScreenChrome.drawBottom(state, into: &scratch).content
        let layout = layout(state, step: step, within: content)
        let panel = contactPanel(state, step: step)
        let panelWidth = layout.body.width - 1
        let before =
            layout.bodyView.lines(within: layout.body).count - panel.lines(width: panelWidth).count
        let start = before + panel.firstLine(ofContact: index, width: panelWidth)
        let end = before + panel.firstLine(ofContact: index + 1, width: panelWidth)
        let current = layout.bodyView.clampedFirstLine(within: layout.body)
        let wanted: Int
        if start < current {
            wanted = start
        } else if end > current + layout.body.height {
            wanted = min(start, end - layout.body.height)
        } else {
            wanted = current
        }
        return min(max(0, wanted), layout.bodyView.maximumFirstLine(within: layout.body))
    }

    /// The largest useful body scroll position for `state` at `size`.
    static func maximumBodyFirstLine(_ state: AppState, size: Size) -> Int {
        guard let step = state.run?.presentation else { return 0 }
        var scratch = Grid(size: size)
        let content = ScreenChrome.drawBottom(state, into: &scratch).content
        let layout = layout(state, step: step, within: content)
        return layout.bodyView.maximumFirstLine(within: layout.body)
    }
}
