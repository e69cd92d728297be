import RunSession

/// Opens the facilitator's control socket beside a drill's journal (`shodo drill control`):
/// the one way the terminal player reaches a socket. `shodo` gives the live one; tests
/// leave it out (no socket) or give their own.
public protocol DrillControlPort {
    /// The server for `session`; a real-world abort it is asked for writes the real journal
    /// as `realRunRequest` says.
    func open(for session: DrillSession, realRunRequest: RunStartRequest) -> Result<
        DrillControlServer, DrillControlError
    >
}
