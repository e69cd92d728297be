import ActionJournal
import Foundation
import JournalVocabulary
import RunEngine
import RunbookModel

extension DrillSession {
    /// The real-world abort (docs/drills.md "The real-world abort"): 「これは実際のインシデントです」.
    ///
    /// The drill's run is aborted (`run.ended`, so nothing offers to resume the drill),
    /// `drill.real-world` names the real journal about to be opened (`real_jid`), and the
    /// drill journal is closed; then the real journal opens at once on the same runbook,
    /// at its first step, its `journal.open` carrying the drill journal's `jid` and last
    /// `h` (`drill_jid`, `drill_h`). `request` says where and how the real journal is
    /// written; it is made a real run whatever it says. `actor`: the facilitator, when they
    /// asked for it over the control socket.
    public func switchToRealIncident(_ request: RunStartRequest, actor: String? = nil)
        throws(SessionError) -> JournaledRun
    {
        guard !hasEnded, !wentRealWorld else {
            throw .drillRefused(ja ? "この訓練はもう終わっています" : "this drill has already ended")
        }
        var request = request
        request.scenario = nil
        request.isDrill = false
        request.runbookID = RunbookID(scenario.runbookID)
        if !run.state.hasEnded {
            let reason = ja ? "実際のインシデントのため訓練を中止" : "drill stopped for a real incident"
            // Straight to the run: no inject is delivered on the way out of the drill.
            switch run.perform(.abort(reason: reason)) {
            case .failure(let error): throw error
            case .success(let written): written.forEach(take)
            }
        }
        let realJID = request.jid.uuidString.lowercased()
        _ = try journal(
            .drillRealWorld,
            ja
                ? "これは実際のインシデントです。本番の記録 \(realJID) を開きます"
                : "This is a real incident. Opening the real journal \(realJID)",
            [JSONMember(.realJID, .string(realJID))], actor: actor
        ).get()
        wentRealWorld = true
        hasEnded = true
        if let error = run.closeHeldJournal() { throw error }
        request.drillOrigin = DrillOrigin(jid: run.jid, lastHash: run.lastHash)
        return try JournaledRun.start(request)
    }

    /// The real-world abort the facilitator asks for (`shodo drill control`): the same as
    /// the player's, as a result for the control server to reply with.
    public func abortForRealIncident(_ request: RunStartRequest, actor: String?) -> Result<
        JournaledRun, SessionError
    > {
        do throws(SessionError) {
            return .success(try switchToRealIncident(request, actor: actor))
        } catch {
            return .failure(error)
        }
    }

    /// Where the real journal of a real-world abort goes, whichever screen asks for it:
    /// beside the drill's own journal, so that the two journals that name each other are
    /// found together (also with `--journal FILE`, which named the drill's journal).
    public var realRunDestination: JournalDestination {
        let directory = (run.journalPath as NSString).deletingLastPathComponent
        return .directory(directory.isEmpty ? "." : directory)
    }

    /// A request for the real run of a real-world abort, made of this drill's own run (its
    /// runbook, language, operator, clock and machine), written to `realRunDestination`.
    public func realRunRequest(sealKeyStore: SealKeyStore?) -> RunStartRequest {
        RunStartRequest(
            runbookID: RunbookID(scenario.runbookID), machine: run.machine,
            language: run.state.language,
            operatorName: run.operatorName, destination: realRunDestination, clock: clock,
            machineFacts: run.machineFacts,
            sealKeyStore: sealKeyStore)
    }
}
