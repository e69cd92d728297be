/// Which journals the browser lists, cycled with `f`: all, real incidents only, or drills only.
public enum JournalDrillFilter: Hashable, Sendable, CyclingFilter {
    /// Every journal.
    case all
    /// Real incidents only (`journal.open` without `drill: true`).
    case realIncidents
    /// Drills only.
    case drills

    /// Whether `summary` passes.
    public func admits(_ summary: JournalRow) -> Bool {
        switch self {
        case .all: true
        case .realIncidents: !summary.isDrill
        case .drills: summary.isDrill
        }
    }
}
