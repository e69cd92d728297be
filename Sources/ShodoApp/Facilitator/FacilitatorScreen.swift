import RunSession
import TerminalUI

/// The facilitator's screen, drawn from the state alone (a pure function of it and the time):
/// the exercise banner, the drill clock, the player's step, the injects, the expectations
/// with time left, the journal's last records, and a form or the answer to the last request.
public enum FacilitatorScreen {
    /// The size `status` prints in (`shodo drill control --headless`).
    public static let plainSize = Size(width: 80, height: 24)

    public static func render(_ state: FacilitatorState, size: Size, atWall wall: Int64)
        -> RenderedScreen
    {
        var grid = Grid(size: size)
        let area = grid.bounds
        let text = state.text
        guard area.height >= 6 else { return RenderedScreen(grid: grid) }
        let seconds = state.drillSeconds(atWall: wall)
        let snapshot = state.snapshot
        let paused = snapshot.map { !$0.clockRunning } ?? false
        let clock =
            "⏱ " + DurationText.clock(seconds: seconds)
            + (paused ? " " + text.drillClockPaused : "")
        let banner =
            text.facilitatorBanner + " " + state.facilitator
            + (snapshot.map { " — " + $0.title } ?? "")
        grid.fill(area.row(0), style: .drillBanner)
        let clockWidth = DisplayWidth.of(clock)
        grid.put(
            clock, at: Point(column: max(0, area.width - clockWidth - 1), row: 0),
            style: Style.drillBanner.adding(.bold))
        grid.put(
            TextTruncation.truncate(banner, toWidth: max(0, area.width - clockWidth - 3)),
            at: Point(column: 1, row: 0),
            style: Style.drillBanner.adding(.bold))
        grid.put(
            TextTruncation.truncate(text.exerciseLine, toWidth: area.width - 2),
            at: Point(column: 1, row: 1), style: .drillBanner)

        // The bottom: key hints, and above them the form or the last answer.
        let keyRows = ScreenChrome.keyHintRows(FacilitatorKeys.hints(state), width: area.width)
        for (index, hints) in keyRows.enumerated() {
            KeyHintBar(hints: hints).draw(
                into: &grid, within: area.row(area.height - keyRows.count + index))
        }
        var bottom: [StyledText] = []
        var cursor: Point?
        if let form = state.form {
            bottom.append(StyledText(form.title, style: Style.header.adding(.bold)))
            for (index, field) in form.fields.enumerated() {
                bottom.append(formLine(field, isCurrent: index == form.current))
            }
        }
        if let status = state.status {
            bottom += ScreenChrome.message(status, width: area.width - 2)
        }
        if state.playerGone {
            bottom.append(StyledText(text.playerGone, style: Style.error.adding(.bold)))
        }
        bottom = Array(bottom.suffix(max(0, area.height - 3 - keyRows.count)))
        let bottomTop = area.height - keyRows.count - bottom.count
        for (index, line) in bottom.enumerated() {
            grid.put(
                TextTruncation.truncate(line.text, toWidth: area.width - 2),
                at: Point(column: 1, row: bottomTop + index), style: line.style)
        }
        if let form = state.form, case .text(let field, _) = form.fields[form.current].entry {
            let label = DisplayWidth.of(form.fields[form.current].label + ": ")
            let row = bottomTop + 1 + form.current
            let widget = TextField(state: field)
            let fieldArea = Rect(
                origin: Point(column: 1 + label, row: row),
                size: Size(width: max(1, area.width - 2 - label), height: 1))
            widget.draw(into: &grid, within: fieldArea)
            cursor = widget.cursorPosition(within: fieldArea)
        }

        // The middle: everything the snapshot says, cut to the rows left.
        var lines: [StyledText] = []
        if let snapshot {
            lines += body(snapshot, seconds: seconds, state: state)
        } else {
            lines.append(StyledText(text.waitingForPlayer, style: .muted))
        }
        let middleRows = max(0, bottomTop - 2)
        for (index, line) in lines.prefix(middleRows).enumerated() {
            grid.put(
                TextTruncation.truncate(line.text, toWidth: area.width - 2),
                at: Point(column: 1, row: 2 + index), style: line.style)
        }
        return RenderedScreen(grid: grid, cursor: cursor)
    }

    private static func formLine(_ field: FacilitatorForm.Field, isCurrent: Bool) -> StyledText {
        switch field.entry {
        case .text(let state, _):
            return StyledText(
                field.label + ": " + (isCurrent ? "" : state.text),
                style: isCurrent ? .normal : .muted)
        case .choice(let choices, let selected):
            let shown = choices.enumerated().map {
                $0.offset == selected
                    ? "[\($0.offset + 1) \($0.element.label)]"
                    : "\($0.offset + 1) \($0.element.label)"
            }
            return StyledText(
                field.label + ": " + shown.joined(separator: "  "),
                style: isCurrent ? .selection : .muted)
        }
    }

    private static func body(
        _ snapshot: DrillControlSnapshot, seconds: Int, state: FacilitatorState
    ) -> [StyledText] {
        let text = state.text
        var lines: [StyledText] = []
        if snapshot.drillEnded {
            lines.append(StyledText(text.drillEndedNote, style: Style.success.adding(.bold)))
        } else if let step = snapshot.step, !snapshot.runEnded {
            lines.append(
                StyledText(
                    "\(text.playerStepLabel) \(step.position)/\(step.count): \(step.title) (\(step.step))",
                    style: .normal))
        } else {
            lines.append(
                StyledText("\(text.playerStepLabel): \(text.playerRunEnded)", style: .normal))
        }
        lines.append(StyledText(text.injectsHeader, style: Style.header.adding(.bold)))
        for inject in snapshot.injects {
            var when: String
            switch inject.stage {
            case .acknowledged:
                when =
                    DurationText.clock(seconds: inject.firedSeconds ?? 0) + "→"
                    + DurationText.clock(seconds: inject.acknowledgedSeconds ?? 0)
            case .fired: when = DurationText.clock(seconds: inject.firedSeconds ?? 0)
            case .pending:
                when =
                    inject.dueSeconds.map { text.dueAt(DurationText.clock(seconds: $0)) }
                    ?? (inject.trigger == "manual" ? text.manualTrigger : "—")
            }
            let mark = inject.stage == .pending ? "・" : inject.stage == .fired ? "▶" : "✓"
            let style: Style =
                inject.stage == .fired
                ? Style.caution.adding(.bold) : inject.stage == .pending ? .normal : .muted
            lines.append(
                StyledText(
                    "\(mark) \(inject.id) [\(text.injectStage(inject.stage)) \(when)] \(inject.text)",
                    style: style))
        }
        if !snapshot.expectations.isEmpty {
            lines.append(StyledText(text.expectationsHeader, style: Style.header.adding(.bold)))
            for expectation in snapshot.expectations {
                let status: String
                let style: Style
                if let reached = expectation.reachedSeconds {
                    let met = reached <= expectation.targetSeconds
                    status = text.reachedAt(DurationText.clock(seconds: reached), met: met)
                    style = met ? .success : .error
                } else if seconds <= expectation.targetSeconds {
                    status = text.timeLeft(
                        DurationText.clock(seconds: expectation.targetSeconds - seconds))
                    style = .normal
                } else {
                    status = text.overdue(
                        DurationText.clock(seconds: seconds - expectation.targetSeconds))
                    style = Style.error.adding(.bold)
                }
                lines.append(
                    StyledText(
                        "\(expectation.label) (\(expectation.milestone)) \(text.targetAt(DurationText.clock(seconds: expectation.targetSeconds))) — \(status)",
                        style: style))
            }
        }
        lines.append(StyledText(text.tailHeader, style: Style.header.adding(.bold)))
        for record in snapshot.tail.reversed() {
            let time = state.offset.civilTime(record.wallMicroseconds).timeText
            lines.append(StyledText("\(time) \(record.actor) \(record.message)", style: .muted))
        }
        return lines
    }
}
