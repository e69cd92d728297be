import RunbookModel

/// Small runbooks built in code.
enum Fixture {
    /// A runbook whose steps include `includes` in order, then end.
    static func runbook(_ id: String, includes: [String]) -> Runbook {
        var steps = includes.enumerated().map { index, included in
            Step(
                id: "include-\(index)", kind: .include(runbookID: included),
                title: LocalizedText("Go to \(included)", language: "en"))
        }
        steps.append(
            Step(id: "done", kind: .end(.resolved), title: LocalizedText("Done", language: "en")))
        return Runbook(
            id: id, version: 1, title: LocalizedText("\(id) title", language: "en"), language: "en",
            steps: steps)
    }
}
