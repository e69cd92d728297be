/// A filter that one key cycles: each press moves to the next case, back to the first after the last.
public protocol CyclingFilter: CaseIterable, Equatable where AllCases == [Self] {}

extension CyclingFilter {
    /// The next filter after this one, back to the first after the last.
    public var next: Self {
        let cases = Self.allCases
        let index = cases.firstIndex(of: self) ?? 0
        return cases[(index + 1) % cases.count]
    }
}
