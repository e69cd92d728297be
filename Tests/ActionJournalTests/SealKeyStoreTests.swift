import ActionJournal
import Foundation
import Testing

/// The machine key store: `evolve(K_0)` at epoch 1, never `K_0`, evolved before each journal.
struct SealKeyStoreTests {
    private func store(in fixture: JournalFixture) -> SealKeyStore {
        SealKeyStore(path: fixture.directory + "/config/shodo/seal-key")
    }

    private func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    private func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func installKeepsOnlyTheEvolvedKeyAtEpochOneInAPrivateFile() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let store = store(in: fixture)
        #expect(!store.hasKey)
        let firstKey = try SealKeyMaterial.key(seed: 3)
        try store.install(firstKey: firstKey, replacing: false)
        #expect(store.hasKey)
        let evolved = SealKeyMaterial.referenceEvolve(SealKeyMaterial.bytes(firstKey), times: 1)
        let contents = try text(store.path)
        #expect(
            contents == "shodo-machine-seal-key-v1\nepoch 1\nkey \(ReferenceHMAC.hex(evolved))\n")
        #expect(!contents.contains(firstKey.hexDigits), "K_0 is never kept on the machine")
        #expect(try mode(store.path) == 0o600)
        #expect(try mode(fixture.directory + "/config/shodo") == 0o700)
        let loaded = try #require(try store.load())
        #expect(loaded.epoch == 1 && SealKeyMaterial.bytes(loaded.key) == evolved)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: fixture.directory + "/config/shodo")
        #expect(leftovers == ["seal-key"], "no temporary file is left behind")
    }

    @Test func anExistingMachineKeyIsReplacedOnlyWhenAsked() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let store = store(in: fixture)
        try store.install(firstKey: try SealKeyMaterial.key(seed: 3), replacing: false)
        let before = try text(store.path)
        #expect(throws: SealingError.alreadyExists(path: store.path)) {
            try store.install(firstKey: try SealKeyMaterial.key(seed: 4), replacing: false)
        }
        #expect(try text(store.path) == before)
        try store.install(firstKey: try SealKeyMaterial.key(seed: 4), replacing: true)
        #expect(try text(store.path) != before)
    }

    @Test func takingAJournalKeyEvolvesTheMachineKeyFirst() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let store = store(in: fixture)
        let firstKey = try SealKeyMaterial.key(seed: 11)
        try store.install(firstKey: firstKey, replacing: false)
        let jid = JournalFixture.fixedJID
        let taken = try #require(try store.takeJournalKey(jid: jid))
        #expect(taken.machineEpoch == 1)
        let machineKeyOne = SealKeyMaterial.referenceEvolve(
            SealKeyMaterial.bytes(firstKey), times: 1)
        let expectedJournalKey = ReferenceHMAC.code(
            key: machineKeyOne,
            Array("shodo-journal-key-v1".utf8) + [0] + Array(jid.uuidString.lowercased().utf8))
        #expect(SealKeyMaterial.bytes(taken.journalKey) == expectedJournalKey)
        let now = try #require(try store.load())
        #expect(now.epoch == 2)
        #expect(
            SealKeyMaterial.bytes(now.key)
                == SealKeyMaterial.referenceEvolve(SealKeyMaterial.bytes(firstKey), times: 2))
        #expect(
            !(try text(store.path)).contains(ReferenceHMAC.hex(machineKeyOne)),
            "K_1 is gone from the machine")
        #expect(try store.takeJournalKey(jid: UUID())?.machineEpoch == 2)
    }

    @Test func withoutAMachineKeyNothingIsTaken() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        #expect(try store(in: fixture).takeJournalKey(jid: UUID()) == nil)
        #expect(try store(in: fixture).load() == nil)
    }

    @Test func aDamagedStoreIsReportedWithItsPath() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let store = store(in: fixture)
        try FileManager.default.createDirectory(
            atPath: fixture.directory + "/config/shodo", withIntermediateDirectories: true)
        try "shodo-machine-seal-key-v1\nepoch one\nkey 00\n".write(
            toFile: store.path, atomically: false, encoding: .utf8)
        #expect(
            throws: SealingError.malformedKeyFile(
                path: store.path, reason: "\"epoch\" is not a whole number")
        ) {
            _ = try store.takeJournalKey(jid: UUID())
        }
    }

    @Test func theFirstKeyFileIsPrivateAndNeverOverwrittenUnlessAsked() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let path = fixture.directory + "/k0.txt"
        let key = try SealKeyMaterial.key(seed: 77)
        try key.writeKeyFile(to: path, replacing: false)
        #expect(try text(path) == ReferenceHMAC.hex(SealKeyMaterial.bytes(key)) + "\n")
        #expect(try mode(path) == 0o600)
        #expect(throws: SealingError.alreadyExists(path: path)) {
            try SealKey.random().writeKeyFile(to: path, replacing: false)
        }
        #expect(try SealKey.readKeyFile(path).hasSameBytes(as: key))
        let other = try SealKeyMaterial.key(seed: 78)
        try other.writeKeyFile(to: path, replacing: true)
        #expect(try SealKey.readKeyFile(path).hasSameBytes(as: other))
        #expect(try mode(path) == 0o600)
    }

    @Test func replacingRefusesAnythingButARegularFileAndNeverFollowsALink() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let target = fixture.directory + "/precious.txt"
        try "precious\n".write(toFile: target, atomically: false, encoding: .utf8)
        let link = fixture.directory + "/k0-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let fifo = fixture.directory + "/k0-fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let directory = fixture.directory + "/k0-dir"
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: false)
        let key = try SealKeyMaterial.key(seed: 79)
        for (path, found) in [
            (link, "a symbolic link, not a regular file"), (fifo, "a FIFO, not a regular file"),
            (directory, "a directory, not a regular file"),
        ] {
            #expect(throws: SealingError.notARegularFile(path: path, found: found)) {
                try key.writeKeyFile(to: path, replacing: true)
            }
        }
        #expect(try text(target) == "precious\n", "the link's target is untouched")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: link) == target,
            "the link is still a link")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: fixture.directory).allSatisfy {
                !$0.contains(".tmp-")
            })
    }
}
