import Foundation

/// A ward drill for the facilitator's tests: a manual inject, a call to a simulated contact
/// (`oncall`, of the CLI fixtures' contacts file) that answers with "On my way", PSMU ratings.
public enum DrillControlFixture {
    public static let runbook = """
        format: 1
        id: ward
        version: 1
        title: {ja: 病棟, en: Ward}
        milestones:
          - {id: isolated, label: {ja: 切り離した, en: Isolated}}
          - {id: it-called, label: {ja: 情報担当に連絡, en: IT called}}
        steps:
          - {id: pull, title: {ja: 抜く, en: Pull the cable}, milestone: isolated}
          - {id: call, kind: contact, contacts: [oncall], milestone: it-called, title: {ja: 電話する, en: Call IT}}
          - {id: done, kind: end, outcome: resolved, title: {ja: 終わり, en: Done}}
        """

    public static let scenario = """
        format: 1
        scenario: ward-drill
        version: 2
        title: {ja: 病棟訓練, en: Ward drill}
        type: functional
        runbook: ward
        story: {ja: 午前3時, en: A red screen at 3 a.m.}
        contacts: [{contact: oncall, reachable_after: 10m, script: {ja: 行きます, en: On my way}}]
        injects:
          - {id: power, manual: true, text: {ja: 停電, en: Power cut}}
        expectations: [{milestone: isolated, target: 5m}, {milestone: it-called, target: 15m}]
        rating: psmu
        """

    /// Writes the runbook and the scenario into `directory` (made if missing) and returns it.
    public static func writeRunbooks(into directory: String) throws -> String {
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        try runbook.write(toFile: directory + "/ward.yaml", atomically: true, encoding: .utf8)
        try scenario.write(toFile: directory + "/drill.yaml", atomically: true, encoding: .utf8)
        return directory
    }
}
