/// Checks that every contact id of a contact step is in a loaded contacts file.
struct ContactReferenceValidator {
    let runbooks: [ParsedRunbook]
    /// The ids of every loaded contact; `nil` when no contacts file is loaded at
    /// all, in which case each contact step gets one warning instead.
    let knownIDs: Set<String>?

    func validate() {
        for parsed in runbooks {
            for (step, location) in zip(parsed.runbook.steps, parsed.stepLocations) {
                guard case .contact(let ids) = step.kind, !ids.isEmpty else { continue }
                guard let knownIDs else {
                    parsed.diagnostics.report(
                        .noContactsFileLoaded, at: location.contactList, severity: .warning)
                    continue
                }
                for (id, position) in zip(ids, location.contactIDs) where !knownIDs.contains(id) {
                    let suggestion = Suggestion.closest(to: id, among: knownIDs.sorted())
                    parsed.diagnostics.report(
                        .unknownContact(id, suggestion: suggestion), at: position,
                        blocksRunning: false)
                }
            }
        }
    }
}
