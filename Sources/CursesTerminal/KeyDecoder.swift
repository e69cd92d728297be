import CNCursesW
import TerminalUI

/// Turns what `wget_wch` returns into a `Key` (public for the `keys` fuzz target).
public enum KeyDecoder {
    /// The key for a character `wget_wch` returned with `OK`.
    public static func key(forCharacter value: UInt32) -> Key {
        switch value {
        case 13, 10: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26:
            return Unicode.Scalar(value + 96).map { .ctrl(Character($0)) } ?? .unknown
        case 0, 28...31:
            return Unicode.Scalar(value + 64).map { .ctrl(Character($0)) } ?? .unknown
        case 0x80..<0xA0:
            return .unknown
        default:
            return Unicode.Scalar(value).map { .character(Character($0)) } ?? .unknown
        }
    }

    /// The key for a key code `wget_wch` returned with `KEY_CODE_YES`.
    public static func key(forKeyCode code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        default:
            // Compared before subtracting: any Int32 may arrive, and Int32.min - KEY_F0 overflows.
            let functionZero = cnc_key_function(0)
            if code > functionZero && code <= functionZero + 63 {
                return .function(Int(code - functionZero))
            }
            return .unknown
        }
    }
}
