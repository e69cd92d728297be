import RunEngine
import RunbookModel
import Testing

/// What the night shift's first minutes need from the bundled runbooks (issue 12):
/// somebody responsible is phoned on every path, an included runbook never ends
/// the run it is part of, and night screens speak plainly. (How soon RB-01 cuts
/// the PC off and phones IT is its `must_reach`, proved by `validate`.)
@Suite("The night shift's first minutes in the bundled runbooks")
struct NightShiftContentTests {
    static let machine = RunStateMachine(library: BundledContent.library)

    static let nightShiftRunbooks = [
        "rb-01-ransomware-suspected", "rb-02-isolate-device", "rb-03-night-client-shutdown",
        "rb-04-clinical-downtime", "rb-05-first-report", "rb-10-phishing-av-alert",
        "rb-11-supplier-compromise", "rb-12-medical-device-anomaly",
    ]

    /// People who take charge at night.
    static let responsible: Set<String> = [
        "it-oncall", "it-oncall-backup", "duty-manager", "admin-duty", "duty-doctor",
        "clinical-engineering",
        "security-officer", "hospital-director",
    ]

    static func facts(_ runbookID: String) -> EveryPathFacts {
        EveryPathFacts(walks: DecisionWalks(machine: machine, runbookID: runbookID))
    }

    @Test(arguments: nightShiftRunbooks)
    func somebodyResponsibleIsPhonedOnEveryPath(_ runbookID: String) {
        let screens = Self.facts(runbookID).worstScreenCount { $0.calls(any: Self.responsible) }
        #expect(screens != nil, "a path of \(runbookID) ends with nobody responsible phoned")
    }

    @Test func anIncludedRunbookNeverEndsTheRunItIsPartOf() {
        let library = BundledContent.library
        let included = Set(
            library.runbooks.flatMap(\.steps).compactMap { step -> String? in
                if case .include(let id) = step.kind { return id }
                return nil
            })
        #expect(!included.isEmpty)
        for runbook in library.runbooks where included.contains(runbook.id) {
            for step in runbook.steps {
                if case .end(let outcome) = step.kind {
                    #expect(
                        outcome != .escalated && outcome != .aborted,
                        "\(runbook.id)/\(step.id) ends the whole run (\(outcome.rawValue)) when it is included"
                    )
                }
            }
        }
    }

    /// Runbook codes and IT words a ward nurse does not know; 親機 only with its gloss.
    static let unknownToTheWard = ["RB-", "クライアント", "封じ込め", "第一報シート"]

    @Test func nightShiftScreensNameNoRunbookCodesOrUnexplainedITWords() {
        let library = BundledContent.library
        var contactIDs = Set<String>()
        var nightShiftSteps = 0
        for runbook in library.runbooks {
            for step in runbook.steps where step.role == "night-shift" {
                nightShiftSteps += 1
                if case .contact(let ids) = step.kind { contactIDs.formUnion(ids) }
                for text in step.texts {
                    let japanese = text.translations["ja"] ?? ""
                    for word in Self.unknownToTheWard {
                        #expect(
                            !japanese.contains(word),
                            "\(runbook.id)/\(step.id): \(word) in \(japanese)")
                    }
                    #expect(
                        !japanese.contains("親機") || japanese.contains("親機〈"),
                        "\(runbook.id)/\(step.id): 親機 unexplained")
                }
            }
        }
        // Not a loop over nothing: the night shift has steps, and some of them name contacts.
        #expect(nightShiftSteps > 0 && !contactIDs.isEmpty)
        for contact in library.contacts where contactIDs.contains(contact.id) {
            let japanese = [contact.name.translations["ja"], contact.notes?.translations["ja"]]
                .compactMap { $0 }
            for text in japanese {
                for word in Self.unknownToTheWard {
                    #expect(!text.contains(word), "contact \(contact.id): \(word) in \(text)")
                }
            }
        }
    }

    @Test func aContactMarkedVerifiedShowsNoBlankNumber() {
        let verified = BundledContent.library.contacts.filter { $0.lastVerified != "1970-01-01" }
        #expect(
            !verified.isEmpty, "the template marks some contacts verified, so the rule is exercised"
        )
        for contact in verified {
            #expect(
                !contact.phones.contains { $0.contains("___") },
                "\(contact.id) is marked verified but has a blank")
            #expect(
                !contact.phones.isEmpty || contact.url != nil,
                "\(contact.id) is marked verified with no channel")
        }
    }
}
