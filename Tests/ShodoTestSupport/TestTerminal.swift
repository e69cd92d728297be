import TerminalUI

/// A `Terminal` for tests: plays back scripted events and records every frame.
///
/// `nextEvent` returns the scripted events in order, then `.endOfInput` for
/// ever, so an app loop under test always ends. A scripted `.resize(size)`
/// changes `size` when it is delivered, as a real terminal would.
@MainActor
public final class TestTerminal: Terminal {
    /// The current size; updated when a scripted resize is delivered.
    public private(set) var size: Size
    /// Every grid presented, oldest first.
    public private(set) var presentedGrids: [Grid] = []
    /// The cursor position passed with each presented grid.
    public private(set) var presentedCursors: [Point?] = []
    /// The timeout passed to each `nextEvent` call, oldest first.
    public private(set) var requestedTimeouts: [Int?] = []
    /// How many times `restore()` was called.
    public private(set) var restoreCount = 0
    private var pendingEvents: [TerminalEvent]

    /// A terminal of `size` that will deliver `events` in order.
    public init(size: Size = Size(width: 80, height: 24), events: [TerminalEvent] = []) {
        self.size = size
        self.pendingEvents = events
    }

    /// Convenience: a terminal that delivers these keys in order.
    public convenience init(size: Size = Size(width: 80, height: 24), keys: [Key]) {
        self.init(size: size, events: keys.map { .key($0) })
    }

    /// Adds events after the ones still pending.
    public func enqueue(_ events: [TerminalEvent]) {
        pendingEvents += events
    }

    /// Adds one key press per character of `text` (as typed, IME already committed).
    public func enqueueTyping(_ text: String) {
        pendingEvents += text.map { .key(.character($0)) }
    }

    /// The last presented grid, if any.
    public var lastGrid: Grid? { presentedGrids.last }

    /// The last presented grid as lines (trailing spaces trimmed); empty before any frame.
    public var screenLines: [String] { lastGrid?.lines() ?? [] }

    /// Records the frame and the cursor.
    public func present(_ grid: Grid, cursor: Point?) {
        presentedGrids.append(grid)
        presentedCursors.append(cursor)
    }

    /// The next scripted event, or `.endOfInput` when none are left.
    public func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent {
        requestedTimeouts.append(timeoutMilliseconds)
        guard !pendingEvents.isEmpty else { return .endOfInput }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event {
            size = newSize
        }
        return event
    }

    /// Counts the call.
    public func restore() {
        restoreCount += 1
    }
}
