import RunSession

extension AppController {
    /// Why the UI is ending.
    public enum Ending: Hashable, Sendable {
        /// `q` (after `y` while a run is open).
        case quitConfirmed
        /// The terminal went away.
        case inputEnded
        /// SIGINT, SIGTERM or SIGHUP.
        case signal(Int32)
    }

    /// Pauses an open run (journaling `run.paused` when it can), releases the
    /// journal and records how the UI ends; returns that.
    @discardableResult
    public func finish(_ ending: Ending) -> AppExit {
        let wasOpen = state.hasOpenRun
        journaledRun?.pauseIfOpen()
        if journaledRun != nil { refreshSnapshot() }
        var farewell: [String] = []
        var status: Int32 = 0
        if let run = journaledRun {
            if let failure = run.failure {
                farewell.append(
                    SessionError.journalFailed(failure).message(language: state.language))
                status = 1
            } else if run.state.hasEnded {
                farewell.append(state.text.codeFarewell(run.verificationCode))
            } else {
                farewell.append(state.text.pausedFarewell(path: run.journalPath))
                farewell.append(state.text.codeFarewell(run.verificationCode))
            }
        } else if case .journalError(let detail) = state.screen {
            farewell.append(detail)
            status = 1
        }
        let result: AppExit
        switch ending {
        case .quitConfirmed: result = AppExit(status: status, farewell: farewell)
        case .inputEnded: result = AppExit(status: wasOpen ? 3 : status, farewell: farewell)
        case .signal(let number):
            result = AppExit(status: 128 + number, signal: number, farewell: farewell)
        }
        exit = result
        return result
    }
}
