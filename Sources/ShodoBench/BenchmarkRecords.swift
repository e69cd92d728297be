import ActionJournal
import Foundation
import JournalVocabulary

/// Records shaped like a real night-shift run: step ids, choices, Japanese text.
enum BenchmarkRecords {
    private static let steps = [
        "isolate-network", "call-it-lead", "check-backups", "record-symptoms", "notify-director",
    ]
    private static let notes = ["脅迫文を確認", "LANを抜いた", "留守電", "別室で稼働中"]

    /// The `index`th draft of a run (about 300 bytes once written).
    static func draft(_ index: Int) throws -> RecordDraft {
        let step = steps[index % steps.count]
        return try RecordDraft(
            kind: .stepDone, actor: "山田",
            message: "Step \(index % 40 + 1) done",
            payload: [
                JSONMember(.step, .string(step)),
                JSONMember(.note, .string(notes[index % notes.count])),
            ])
    }

    /// The `journal.open` payload of a benchmark journal, with this machine's facts.
    static let openPayload: [JSONMember] = {
        let machine = SystemMachineFacts()
        return [
            JSONMember(.program, "shodo-bench 0"),
            JSONMember(.host, .string(machine.hostName())),
            JSONMember(
                .tz, .string(machine.utcOffset(atWallSeconds: Int64(Date().timeIntervalSince1970)))),
            JSONMember(.clockSync, .bool(machine.clockIsSynchronised())),
            JSONMember(.drill, true),
        ]
    }()
}
