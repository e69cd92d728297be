import Foundation

/// Where Shodo keeps its files, per the XDG base-directory rules: one place for
/// every module, so journals, the seal key, the operator's name and the config
/// file never disagree about `$XDG_STATE_HOME`, `$XDG_CONFIG_HOME` or `$XDG_CACHE_HOME`.
///
/// As the XDG rules say, an unset, empty or relative value is ignored and the
/// default under `$HOME` is used.
public struct ShodoDirectories: Sendable, Hashable {
    /// `$XDG_STATE_HOME/shodo`, else `~/.local/state/shodo`: journals, the operator's name.
    public let state: String
    /// `$XDG_CONFIG_HOME/shodo`, else `~/.config/shodo`: config.yaml, the machine seal key.
    public let configuration: String
    /// `$XDG_CACHE_HOME/shodo`, else `~/.cache/shodo`: files that are safe to delete (the library cache).
    public let cache: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        func base(_ variable: String, default fallback: String) -> String {
            environment[variable].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? (home as NSString).appendingPathComponent(fallback)
        }
        state = (base("XDG_STATE_HOME", default: ".local/state") as NSString).appendingPathComponent("shodo")
        configuration = (base("XDG_CONFIG_HOME", default: ".config") as NSString).appendingPathComponent("shodo")
        cache = (base("XDG_CACHE_HOME", default: ".cache") as NSString).appendingPathComponent("shodo")
    }

    /// The default journal directory.
    public var journals: String { (state as NSString).appendingPathComponent("journals") }
}
