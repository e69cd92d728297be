import ActionJournal
import Foundation

/// Where Shodo keeps its files, per the XDG base-directory rules: one place for
/// the whole program, so journals, the seal key, the operator's name and the config
/// file never disagree about `$XDG_STATE_HOME`, `$XDG_CONFIG_HOME` or `$XDG_CACHE_HOME`.
/// Only `shodo` reads it: the modules are handed the paths (docs/architecture.md, "Ports").
///
/// As the XDG rules say, an unset, empty or relative value is ignored and the
/// default under `$HOME` is used.
struct ShodoDirectories: Sendable, Hashable {
    /// `$XDG_STATE_HOME/shodo`, else `~/.local/state/shodo`: journals, the operator's name.
    let state: String
    /// `$XDG_CONFIG_HOME/shodo`, else `~/.config/shodo`: config.yaml, the machine seal key.
    let configuration: String
    /// `$XDG_CACHE_HOME/shodo`, else `~/.cache/shodo`: files that are safe to delete (the library cache).
    let cache: String

    init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        func base(_ variable: String, default fallback: String) -> String {
            environment[variable].flatMap { $0.hasPrefix("/") ? $0 : nil }
                ?? (home as NSString).appendingPathComponent(fallback)
        }
        state = (base("XDG_STATE_HOME", default: ".local/state") as NSString)
            .appendingPathComponent("shodo")
        configuration = (base("XDG_CONFIG_HOME", default: ".config") as NSString)
            .appendingPathComponent("shodo")
        cache = (base("XDG_CACHE_HOME", default: ".cache") as NSString).appendingPathComponent(
            "shodo")
    }

    /// The default journal directory.
    var journals: String { (state as NSString).appendingPathComponent("journals") }

    /// The file the operator's name is kept in from one start to the next.
    var operatorFile: String { (state as NSString).appendingPathComponent("operator") }

    /// The machine's seal key store (`shodo journal keygen` writes it; new journals are sealed while it holds a key).
    var sealKeyStore: SealKeyStore {
        SealKeyStore(path: (configuration as NSString).appendingPathComponent("seal-key"))
    }
}
