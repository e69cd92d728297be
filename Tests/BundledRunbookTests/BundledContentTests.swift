import Foundation
import RunbookLoading
import RunbookModel
import Testing

@Suite("The bundled runbooks, contacts template and principles")
struct BundledContentTests {
    @Test func everythingValidatesWithZeroWarnings() {
        let result = BundledContent.loaded
        #expect(
            result.diagnostics.isEmpty,
            "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(result.library.runbooks.count == BundledContent.runbookFiles.count)
        #expect(result.library.runbooks.count >= 12)
    }

    @Test func everyTextHasJapaneseAndEnglish() {
        for runbook in BundledContent.library.runbooks {
            #expect(Set(runbook.languages) == ["ja", "en"], "\(runbook.id) declares langs")
            var texts = [runbook.title] + runbook.triggers + runbook.references.map(\.title)
            if let summary = runbook.summary { texts.append(summary) }
            texts += runbook.steps.flatMap(\.texts)
            for text in texts {
                #expect(
                    text.translations["ja"]?.isEmpty == false
                        && text.translations["en"]?.isEmpty == false,
                    "\(runbook.id): \(text.translations)")
            }
        }
        for contact in BundledContent.library.contacts {
            #expect(
                contact.name.translations.keys.contains("ja")
                    && contact.name.translations.keys.contains("en"))
        }
    }

    @Test func everyRunbookHasWhatTriageAndReviewNeed() {
        for runbook in BundledContent.library.runbooks {
            #expect(runbook.severity != nil, "\(runbook.id) severity")
            #expect(!runbook.roles.isEmpty, "\(runbook.id) roles")
            #expect(runbook.estimatedMinutes != nil, "\(runbook.id) estimated_minutes")
            #expect(!runbook.references.isEmpty, "\(runbook.id) references")
            #expect(
                runbook.references.allSatisfy {
                    $0.url.hasPrefix("https://") || $0.url.hasPrefix("http://")
                })
        }
        let triggers = BundledContent.library.runbooks.flatMap(\.triggers)
        #expect(triggers.count >= 10, "the triage screen needs the symptom tree")
    }

    @Test func fourFirstPrinciplesInBothLanguages() {
        let principles = BundledContent.library.firstPrinciples
        #expect(principles.count == 4)
        #expect(
            principles.allSatisfy { $0.translations["ja"] != nil && $0.translations["en"] != nil })
    }

    @Test func everyContactHasALastVerifiedDate() {
        #expect(BundledContent.library.contacts.count >= 20)
        for contact in BundledContent.library.contacts {
            #expect(contact.lastVerified?.count == 10, "\(contact.id) last_verified")
        }
    }

    @Test func theContactsTemplateCitesOnlyNumbersFromItsSources() throws {
        // Only two public numbers are cited by the research; everything else is a placeholder.
        let phones = BundledContent.library.contacts.flatMap(\.phones).filter {
            $0.contains { $0.isNumber }
        }
        let digits = Set(phones.map { $0.filter(\.isNumber) })
        #expect(digits.isSubset(of: ["0120179066", "0359787509"]), "\(phones)")
    }
}
