import TerminalUI

/// The listed keys of a state, most important first, read from the key table
/// (`KeyTable`): the bottom line shows them and the help overlay explains them,
/// so neither can disagree with what the keys do.
public enum ScreenKeys {
    /// The commands listed in `state`, in order.
    public static func commands(for state: AppState) -> [KeyCommand] {
        listed(in: state).compactMap(\.command)
    }

    /// The commands as bottom-line hints in `state`'s language.
    public static func hints(for state: AppState) -> [KeyHint] {
        listed(in: state).compactMap { binding in
            binding.command.map {
                KeyHint(
                    key: binding.keyName, label: state.text.label($0), isEssential: $0.isEssential)
            }
        }
    }

    /// The keys of `command` as the bottom line shows them in `state` (`1-3`,
    /// `j/k`, `Esc/b`); nil when `command` is not listed there.
    public static func keyName(_ command: KeyCommand, in state: AppState) -> String? {
        listed(in: state).first { $0.command == command }?.keyName
    }

    /// The rows of `state`'s table that the key line and the help list.
    static func listed(in state: AppState) -> [KeyBinding] {
        KeyTable.bindings(for: state).filter { $0.command != nil }
    }
}
