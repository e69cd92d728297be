import RunbookModel

/// The sections of one printed document: the runbook, then every runbook it
/// includes, directly or not, each once.
///
/// Appendices are lettered in the order they are first met, breadth first,
/// following include steps in list order. A runbook already in the plan is
/// never added again, so include cycles (which validation rejects, but a model
/// built in code may have) end the walk instead of looping.
struct SectionPlan: Sendable {
    private(set) var sections: [PrintedSection]

    init(main: Runbook, library: RunbookLibrary) {
        sections = [PrintedSection(runbook: main, appendixLetter: nil)]
        var planned: Set<String> = [main.id]
        var position = 0
        while position < sections.count {
            for includedID in Self.includedIDs(of: sections[position].runbook)
            where !planned.contains(includedID) {
                guard let included = library.runbook(includedID) else { continue }
                planned.insert(includedID)
                sections.append(
                    PrintedSection(
                        runbook: included,
                        appendixLetter: Self.letter(forAppendix: sections.count - 1)))
            }
            position += 1
        }
    }

    var main: PrintedSection { sections[0] }
    var appendices: ArraySlice<PrintedSection> { sections.dropFirst() }

    func section(for runbookID: String) -> PrintedSection? {
        sections.first { $0.runbook.id == runbookID }
    }

    private static func includedIDs(of runbook: Runbook) -> [String] {
        runbook.steps.compactMap { step in
            if case .include(let runbookID) = step.kind { return runbookID }
            return nil
        }
    }

    /// A, B ... Z, then AA, AB ...: a spreadsheet's column names, from index 0.
    static func letter(forAppendix index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var remaining = index
        var letters = ""
        repeat {
            letters.insert(alphabet[remaining % 26], at: letters.startIndex)
            remaining = remaining / 26 - 1
        } while remaining >= 0
        return letters
    }
}
