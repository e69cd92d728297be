import RunbookModel
import Yams

/// The steps of one runbook as a graph: where each step can lead.
///
/// An edge to `nil` leaves the runbook (`end`, or the end of the list). A target
/// that names no step is treated as leaving too: it is reported as dangling, and
/// counting it as an exit keeps one mistake from being reported twice.
struct StepGraph {
    /// One way out of a step, with the position of the value that says so
    /// (`nil` for the implicit move to the following step).
    struct Edge {
        let target: Int?
        let position: SourcePosition?
        /// True when taking this edge means the step was completed the way it was meant
        /// (done, confirmed, chosen, entered), so its milestone is reached; false for
        /// `on_fail` and `on_unable`.
        var completesStep = true
        /// For a choice, the option this edge follows.
        var option: Int?
    }

    let edges: [[Edge]]
    /// Step id to its first position in the list.
    let indexByID: [String: Int]

    init(_ runbook: Runbook, locations: [StepLocations]) {
        var indexByID: [String: Int] = [:]
        for (stepIndex, step) in runbook.steps.enumerated()
        where !step.id.isEmpty && indexByID[step.id] == nil {
            indexByID[step.id] = stepIndex
        }
        self.indexByID = indexByID
        let count = runbook.steps.count
        edges = runbook.steps.enumerated().map { stepIndex, step in
            let location = stepIndex < locations.count ? locations[stepIndex] : StepLocations()
            func resolve(_ target: StepTarget?, position: SourcePosition?) -> Edge {
                switch target {
                case .step(let id): Edge(target: indexByID[id], position: position)
                case .end: Edge(target: nil, position: position)
                case nil: Edge(target: stepIndex + 1 < count ? stepIndex + 1 : nil, position: nil)
                }
            }
            let onward =
                step.next == nil
                ? resolve(nil, position: nil) : resolve(step.next, position: location.next)
            switch step.kind {
            case .end:
                return []
            case .check(let check):
                guard let onFail = check.onFail else { return [onward] }
                var failed = resolve(onFail, position: location.onFail)
                failed.completesStep = false
                return [onward, failed]
            case .choice(let options) where !options.isEmpty:
                return options.enumerated().map { number, option in
                    let positions = location.optionNextPositions
                    var edge =
                        option.next.map {
                            resolve(
                                $0, position: number < positions.count ? positions[number] : nil)
                        }
                        ?? onward
                    edge.option = number
                    return edge
                }
            default:
                guard let onUnable = step.onUnable, step.acceptsUnable else { return [onward] }
                var unable = resolve(onUnable, position: location.onUnable)
                unable.completesStep = false
                return [onward, unable]
            }
        }
    }

    /// Successor step indices, without exits.
    var successors: [[Int]] { edges.map { $0.compactMap(\.target) } }

    /// Which steps a run can reach from the first one.
    func reachable() -> [Bool] {
        var reached = [Bool](repeating: false, count: edges.count)
        guard !edges.isEmpty else { return reached }
        var pending = [0]
        reached[0] = true
        while let step = pending.popLast() {
            for edge in edges[step] {
                if let target = edge.target, !reached[target] {
                    reached[target] = true
                    pending.append(target)
                }
            }
        }
        return reached
    }
}
