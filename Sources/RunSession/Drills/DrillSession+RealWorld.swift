import ActionJournal
import Foundation
import RunEngine

extension DrillSession {
    /// Real-world abort (drill-scenario.md, "Real-world abort"): a real journal opens on the
    /// scenario's runbook at its first step, carrying this drill journal's jid and last `h`;
    /// then this journal records `drill.real-world` with the real journal's jid and closes.
    /// `actor`: the facilitator, when they asked for it. Returns the real run, for the player to carry on.
    public func abortForRealIncident(actor: String? = nil) -> Result<JournaledRun, SessionError> {
        guard !hasEnded, let link = run.journalLink else {
            return .failure(.drillRefused(ja ? "訓練はすでに終了しています" : "the drill has already ended"))
        }
        var request = RunStartRequest(
            runbookID: scenario.runbookID, machine: run.machine, language: run.state.language, operatorName: run.operatorName,
            destination: .directory((run.journalPath as NSString).deletingLastPathComponent), clock: clock)
        request.abortedDrill = link
        let real: JournaledRun
        do throws(SessionError) { real = try JournaledRun.start(request) } catch { return .failure(error) }
        let realJID = real.journalLink?.jid ?? ""
        let written = journal(
            RecordKind.drillRealWorld.rawValue,
            ja ? "実際のインシデントのため訓練を中止: \(real.journalPath)" : "Drill stopped for a real incident: \(real.journalPath)",
            [JSONMember(name: "real_jid", value: .string(realJID))], actor: actor)
        if case .failure(let error) = written { return .failure(error) }
        if let error = finishAbort() { return .failure(error) }
        return .success(real)
    }
}
