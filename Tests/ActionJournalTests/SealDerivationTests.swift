import ActionJournal
import Foundation
import Testing

/// The key schedule matches docs/journal.md "The key schedule (exact)" byte for byte (checked
/// against a reference HMAC built on the reference SHA-256, with the documented domain strings).
struct SealDerivationTests {
    @Test func referenceHMACMatchesRFC4231() {
        let code = ReferenceHMAC.code(
            key: Array("Jefe".utf8), Array("what do ya want for nothing?".utf8))
        #expect(
            ReferenceHMAC.hex(code)
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func evolveIsHMACOfTheDomainWithoutSeparator() throws {
        let key = try SealKeyMaterial.key(seed: 1)
        let evolved = SealDerivation.evolve(key)
        #expect(
            SealKeyMaterial.bytes(evolved)
                == SealKeyMaterial.referenceEvolve(SealKeyMaterial.bytes(key), times: 1))
        let thrice = SealDerivation.evolve(key, times: 3)
        #expect(
            SealKeyMaterial.bytes(thrice)
                == SealKeyMaterial.referenceEvolve(SealKeyMaterial.bytes(key), times: 3))
        #expect(!key.isErased, "evolving leaves the key it started from alone")
    }

    @Test func journalKeyCommitmentAndMACUseTheSpecDomains() throws {
        let machineKey = try SealKeyMaterial.key(seed: 40)
        let jid = try #require(UUID(uuidString: "7AAA04F2-3C1D-4E5F-8A9B-0C1D2E3F4A5B"))
        let journalKey = SealDerivation.journalKey(machineKey: machineKey, jid: jid)
        let expectedJournalKey = ReferenceHMAC.code(
            key: SealKeyMaterial.bytes(machineKey),
            Array("shodo-journal-key-v1".utf8) + [0]
                + Array("7aaa04f2-3c1d-4e5f-8a9b-0c1d2e3f4a5b".utf8))
        #expect(SealKeyMaterial.bytes(journalKey) == expectedJournalKey)

        let commitment = SealDerivation.commitment(journalKey: journalKey)
        #expect(
            commitment
                == ReferenceSHA256.hex(Array("shodo-commit-v1".utf8) + [0] + expectedJournalKey))

        let recordHash = ReferenceSHA256.digest(Array("a record".utf8))
        let mac = SealDerivation.mac(key: journalKey, recordHash: recordHash)
        #expect(
            mac
                == ReferenceHMAC.code(
                    key: expectedJournalKey, Array("shodo-mac-v1".utf8) + [0] + recordHash))
    }

    @Test func eraseZeroesTheKey() throws {
        let key = try SealKeyMaterial.key(seed: 9)
        key.erase()
        #expect(key.isErased)
        #expect(SealKeyMaterial.bytes(key) == [UInt8](repeating: 0, count: 32))
    }

    @Test func randomKeysDiffer() {
        #expect(!SealKey.random().hasSameBytes(as: SealKey.random()))
    }

    @Test func aKeyFileIsSixtyFourLowercaseHexDigitsAndANewline() throws {
        let key = try SealKeyMaterial.key(seed: 0xA0)
        let text = String(decoding: key.keyFileContents, as: UTF8.self)
        #expect(text == ReferenceHMAC.hex(SealKeyMaterial.bytes(key)) + "\n")
        let read = try SealKey.parseKeyFile(key.keyFileContents, path: "k0")
        #expect(read.hasSameBytes(as: key))
        let typedByHand = Array((text.dropLast().uppercased() + "\r\n").utf8)
        #expect(try SealKey.parseKeyFile(typedByHand, path: "k0").hasSameBytes(as: key))
    }

    @Test(arguments: [
        ("", "newline is missing"),
        ("abc\n", "has 3 characters"),
        (String(repeating: "a", count: 64), "newline is missing"),
        (String(repeating: "g", count: 64) + "\n", "not a hex digit"),
        (
            String(repeating: "a", count: 64) + "\n" + String(repeating: "a", count: 64) + "\n",
            "several lines"
        ),
        (String(repeating: "a", count: 65) + "\n", "has 65 characters"),
    ])
    func aMalformedKeyFileIsRefusedSayingWhy(contents: String, reason: String) {
        do {
            _ = try SealKey.parseKeyFile(Array(contents.utf8), path: "/media/it/k0.txt")
            Issue.record("accepted \(contents.debugDescription)")
        } catch {
            guard case .malformedKeyFile(let path, let said) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "/media/it/k0.txt")
            #expect(said.contains(reason), "\(said)")
        }
    }
}
