extension AppController {
    // MARK: - Browsing journals (read-only)

    /// Lists the journals afresh, so a run just ended shows at the top.
    func openJournalBrowser() {
        state.journalSummaries = environment.journalCatalog.summaries()
        state.journalSelection = min(state.journalSelection, max(0, state.journalSummaries.count - 1))
        state.screen = .journalBrowser
    }

    /// Reads the journal at `index` of the browser and shows its timeline from the top.
    func openJournalTimeline(_ index: Int) {
        guard state.journalSummaries.indices.contains(index) else { return }
        state.journalSelection = index
        let timeline = environment.journalCatalog.timeline(path: state.journalSummaries[index].path)
        state.timelineView = JournalTimelineView(timeline: timeline)
        state.screen = .journalTimeline
    }
}
