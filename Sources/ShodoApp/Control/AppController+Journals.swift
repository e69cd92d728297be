import ActionJournal

extension AppController {
    // MARK: - Browsing journals (read-only)

    /// Lists the journals afresh, so a run just ended shows at the top.
    func openJournalBrowser() {
        state.journalSummaries = environment.journalCatalog.summaries()
        state.journalSelection = min(
            state.journalSelection, max(0, state.visibleJournalSummaries.count - 1))
        state.screen = .journalBrowser
    }

    /// Lists the next kind of journal (all, real incidents, drills), from the top.
    func cycleJournalDrillFilter() {
        state.journalDrillFilter = state.journalDrillFilter.next
        state.journalSelection = 0
    }

    /// Reads the drill journal at `index` of the browser as `shodo drill report` does and shows its summary.
    func openDrillSummary(_ index: Int) {
        let visible = state.visibleJournalSummaries
        guard visible.indices.contains(index), visible[index].isDrill else { return }
        state.journalSelection = index
        state.drillSummaryView = DrillSummaryView.read(visible[index], today: today)
        state.screen = .drillSummary
    }

    /// Reads the journal at `index` of the browser and shows its timeline from the top.
    func openJournalTimeline(_ index: Int) {
        let visible = state.visibleJournalSummaries
        guard visible.indices.contains(index) else { return }
        state.journalSelection = index
        let path = visible[index].path
        let timeline = environment.journalCatalog.timeline(
            path: path, expectedCode: state.expectedCodes[path])
        state.timelineView = JournalTimelineView(timeline: timeline)
        state.screen = .journalTimeline
    }

    /// Checks the journal shown against the code typed from paper; a text that is not a
    /// code keeps the prompt open and says so.
    func submitExpectedCode(_ text: String) {
        guard let code = VerificationCode(parsing: text) else {
            let problem = state.text.notACode
            state.prompt?.problem = problem
            return
        }
        state.prompt = nil
        guard let path = state.timelineView?.timeline.summary.path else { return }
        state.expectedCodes[path] = code
        let timeline = environment.journalCatalog.timeline(path: path, expectedCode: code)
        state.timelineView?.timeline = timeline
        if let index = state.journalSummaries.firstIndex(where: { $0.path == path }) {
            state.journalSummaries[index].verdict = timeline.summary.verdict
        }
    }
}
