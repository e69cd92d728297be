import CNCursesW
import Glibc
import TerminalUI

extension CursesScreen {
    /// Waits for a key, a resize, a signal, the end of input or the timeout.
    ///
    /// Keys ncurses already buffered are returned first; then `pselect` waits
    /// on the input and the wake pipe with our signals unblocked only inside
    /// (docs/ncurses.md P9). Input that is readable but yields no key and has no
    /// bytes (the tty is gone) is `.endOfInput`, never a busy loop (docs/ncurses.md P10).
    public func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent {
        guard isRunning else { return .endOfInput }
        let deadline = timeoutMilliseconds.map { cnc_monotonic_milliseconds() + Int64(max(0, $0)) }
        var readableWithoutKey = 0
        while true {
            if let number = signalSource?.takePending() { return .signal(number) }
            if let event = readKey() { return event }
            var remaining: Int32 = -1
            if let deadline {
                remaining = Int32(clamping: max(0, deadline - cnc_monotonic_milliseconds()))
            }
            var mask = signalSource?.waitingMask ?? sigset_t()
            let result: Int32 =
                signalSource == nil
                ? cnc_wait(inputFileDescriptor, -1, remaining, nil)
                : cnc_wait(
                    inputFileDescriptor, signalSource?.wakeDescriptor ?? -1, remaining, &mask)
            // A signal unblocked by pselect may be handled as it returns with
            // ready input rather than with EINTR; report it before the input.
            if let number = signalSource?.takePending() { return .signal(number) }
            switch result {
            case CNC_WAIT_TIMEOUT:
                return readKey() ?? .tick
            case CNC_WAIT_INTERRUPTED:
                continue
            case CNC_WAIT_FAILED:
                return .endOfInput
            default:
                if result & CNC_WAIT_WAKE != 0 { signalSource?.drainWakePipe() }
                guard result & CNC_WAIT_INPUT != 0 else { continue }
                if let event = readKey() { return event }
                readableWithoutKey += 1
                if cnc_bytes_available(inputFileDescriptor) <= 0 || readableWithoutKey >= 3 {
                    return .endOfInput
                }
            }
        }
    }

    /// One key from ncurses without waiting, or nil.
    private func readKey() -> TerminalEvent? {
        var character: wint_t = 0
        let result = wget_wch(standardWindow, &character)
        if result == cnc_key_code_yes() {
            let key = KeyDecoder.key(forKeyCode: Int32(bitPattern: character))
            if key == .resize { return .resize(refreshSize()) }
            return .key(key)
        }
        guard result == OK else { return nil }
        return .key(KeyDecoder.key(forCharacter: UInt32(character)))
    }
}
