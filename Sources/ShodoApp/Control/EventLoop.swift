import TerminalUI

/// Present, wait, dispatch: the only code that talks to the `Terminal`.
///
/// Never a busy loop: it blocks in `nextEvent`, with a one-second timeout only
/// while a clock or countdown is on screen. While the window is below the
/// minimum, keys are dropped (the operator cannot see what they would do)
/// and the next resize redraws.
@MainActor
public final class EventLoop {
    /// One second, for the elapsed time and countdowns.
    public static let clockTickMilliseconds = 1000

    private let terminal: any Terminal
    private let controller: AppController

    /// A loop drawing `controller`'s state on `terminal`.
    public init(terminal: any Terminal, controller: AppController) {
        self.terminal = terminal
        self.controller = controller
    }

    /// Runs until the operator quits, input ends or a signal arrives; the run is
    /// paused (if open), the journal released and the terminal restored before
    /// it returns. For a signal the caller then re-raises it.
    public func run() -> AppExit {
        let exit = loop()
        terminal.restore()
        return exit
    }

    private func loop() -> AppExit {
        controller.begin()
        while true {
            if let exit = controller.exit { return exit }
            controller.screenSize = terminal.size
            let frame = AppRenderer.render(controller.state, size: terminal.size)
            terminal.present(frame.grid, cursor: frame.cursor)
            let timeout = controller.wantsClockTicks ? Self.clockTickMilliseconds : nil
            switch terminal.nextEvent(timeoutMilliseconds: timeout) {
            case .key(let key):
                controller.tick()
                if !AppRenderer.isTooSmall(terminal.size) {
                    controller.screenSize = terminal.size
                    controller.handle(Keymap.intent(for: key, in: controller.state))
                }
            case .resize, .tick:
                break
            case .endOfInput:
                return controller.finish(.inputEnded)
            case .signal(let number):
                return controller.finish(.signal(number))
            }
            controller.tick()
        }
    }
}
