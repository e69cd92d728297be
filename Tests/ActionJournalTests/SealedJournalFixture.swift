import ActionJournal
import Foundation
import ShodoTestSupport

/// A sealed journal written by the real writer and sealer, with the machine key store in
/// the fixture's directory and the first key `K_0` in hand, as the IT lead has it.
struct SealedJournalFixture {
    struct NoMachineKey: Error {}

    let fixture: JournalFixture
    let firstKey: SealKey
    let store: SealKeyStore

    /// The journal's path.
    var path: String { fixture.path }
    /// Where the journal's current key is kept.
    var keyFilePath: String { JournalSealer.keyFilePath(forJournal: fixture.path) }

    /// A fresh directory whose machine key store holds `evolve(K_0)` at epoch 1.
    init() throws {
        fixture = try JournalFixture()
        firstKey = try SealKeyMaterial.key(seed: 0x5A)
        store = SealKeyStore(path: fixture.directory + "/config/shodo/seal-key")
        try store.install(firstKey: firstKey, replacing: false)
    }

    /// Creates the sealed journal (seal_epoch 1), its key file next to it when `keyFile`.
    func create(clock: ManualJournalClock = ManualJournalClock(), keyFile: Bool = true) throws
        -> JournalWriter
    {
        guard
            let started = try JournalSealer.startJournal(
                jid: JournalFixture.fixedJID, store: store, journalPath: keyFile ? path : nil)
        else { throw NoMachineKey() }
        return try JournalWriter.create(
            path: path, jid: JournalFixture.fixedJID, actor: "yamada", message: "journal opened",
            openPayload: [
                JSONMember(name: "program", value: "shodo test"),
                JSONMember(name: "drill", value: true),
            ]
                + started.openMembers,
            clock: clock, sealing: started.sealer)
    }

    /// Appends the fixture's step records number `range`.
    func append(_ range: ClosedRange<Int>, to writer: JournalWriter) throws {
        for index in range { try writer.append(JournalFixture.draft(index)) }
    }

    /// The 12-line journal most tests start from: epochs of 4 and 3 records closed by
    /// seals at lines 5 and 9, two more records, then the final seal at line 12.
    func standardJournal(finalSeal: Bool = true) throws -> [UInt8] {
        let writer = try create()
        try append(1...3, to: writer)
        try writer.seal(actor: "yamada")
        try append(4...6, to: writer)
        try writer.seal(actor: "yamada")
        try append(7...8, to: writer)
        if finalSeal { try writer.sealFinalEpoch(actor: "yamada") }
        writer.close()
        return try fixture.contents()
    }

    /// `J_k` of this journal, derived from `K_0` as the verifier does.
    func journalKey(epoch: Int) -> SealKey {
        let machineKey = SealDerivation.evolve(firstKey, times: 1)
        return SealDerivation.evolve(
            SealDerivation.journalKey(machineKey: machineKey, jid: JournalFixture.fixedJID),
            times: epoch)
    }

    /// Deletes the directory.
    func remove() { fixture.remove() }
}
