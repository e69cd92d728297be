import RunSession
import ShodoApp

/// The live control socket of a drill played in the terminal UI: the socket beside the
/// drill's journal (`DrillControlServer`), wired only here.
struct LiveDrillControl: DrillControlPort {
    func open(for session: DrillSession, realRunRequest: RunStartRequest) -> Result<
        DrillControlServer, DrillControlError
    > {
        DrillControlServer.open(for: session, realRunRequest: realRunRequest)
    }
}
