import ActionJournal
import Localization
import Notation
import RunSession
import TerminalUI

/// Present, wait, dispatch for the facilitator's screen: takes in what the player sends
/// between keys (a short wait, so snapshots show within a quarter second) and sends
/// each completed form as a request. Detaching leaves the drill running.
@MainActor
public final class FacilitatorLoop {
    /// How long a wait for a key lasts before the socket is read again.
    public static let waitMilliseconds = 250

    private let terminal: any Terminal
    private let client: DrillControlClient
    private let clock: any JournalClock
    public private(set) var state: FacilitatorState

    /// `offset`: the one the drill journal recorded; `clock` runs the drill clock on between snapshots.
    public init(
        terminal: any Terminal, client: DrillControlClient, language: Language,
        offset: RecordedOffset,
        clock: any JournalClock
    ) {
        self.terminal = terminal
        self.client = client
        self.clock = clock
        self.state = FacilitatorState(
            journal: client.journal, facilitator: client.facilitator, language: language,
            offset: offset)
    }

    /// Runs until `q`, the end of input or a signal; returns the exit status and the signal, if one came.
    public func run() -> (status: Int32, signal: Int32?) {
        while true {
            if let messages = client.messages() {
                state.take(messages, atWall: clock.now().wallMicroseconds)
            } else {
                state.playerGone = true
            }
            if state.wantsToQuit { return (0, nil) }
            let frame = FacilitatorScreen.render(
                state, size: terminal.size, atWall: clock.now().wallMicroseconds)
            terminal.present(frame.grid, cursor: frame.cursor)
            switch terminal.nextEvent(timeoutMilliseconds: Self.waitMilliseconds) {
            case .key(let key):
                if let request = FacilitatorKeys.handle(key, &state), !client.send(request) {
                    state.playerGone = true
                }
            case .resize, .tick: break
            case .endOfInput: return (0, nil)
            case .signal(let number): return (0, number)
            }
        }
    }
}
