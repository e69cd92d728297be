import ActionJournal
import Foundation
import FuzzSupport

/// Fuzz target `journal`: any bytes, as a journal.
///
/// Every input goes through the verifier (the line scanner, chain and seal
/// checks) and through `JournalReader` (the scanner collecting members, and
/// record decoding). Invariants: no crash, no hang, and a journal that verifies
/// is one of the reference journals (the seeds `scripts/fuzz` writes with
/// `shodo`) changed only as docs/journal.md "How it protects itself" allows: the end cut at a line
/// boundary, plus a torn final line reported as such. Without the key the MACs
/// are not checked, so they may differ; with it (`SHODO_FUZZ_KEY`) nothing may.
enum JournalFuzz {
    /// `SHODO_FUZZ_REFERENCES`: the directory of reference journals (`*.jsonl`).
    static let references: [[ArraySlice<UInt8>]] = {
        guard let directory = ProcessInfo.processInfo.environment["SHODO_FUZZ_REFERENCES"] else {
            return []
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().compactMap { name in
            FileManager.default.contents(atPath: directory + "/" + name).map {
                Fuzz.lines(Array($0)).complete
            }
        }
    }()

    /// `SHODO_FUZZ_KEY`: the K_0 file the sealed references were written under
    /// (its bytes: a `SealKey` is made per input, as it is not `Sendable`).
    static let keyBytes: [UInt8]? = {
        guard let path = ProcessInfo.processInfo.environment["SHODO_FUZZ_KEY"] else { return nil }
        do throws(SealingError) {
            let key = try SealKey.readKeyFile(path)
            defer { key.erase() }
            return key.withBytes { Array($0) }
        } catch {
            fatalError("SHODO_FUZZ_KEY: \(error.description)")
        }
    }()

    static func check(_ bytes: [UInt8]) {
        let report = JournalVerifier.verify(bytes: bytes)
        requireAllowedChange(bytes, report, macsChecked: false)
        if let keyBytes, let key = SealKey(bytes: keyBytes) {
            requireAllowedChange(
                bytes, JournalVerifier.verify(bytes: bytes, key: key), macsChecked: true)
        }
        readAll(bytes)
    }

    /// When `report` says intact, the complete lines are a prefix of a reference
    /// journal's and anything after the last newline is reported as torn.
    static func requireAllowedChange(
        _ bytes: [UInt8], _ report: VerificationReport, macsChecked: Bool
    ) {
        guard report.isIntact else { return }
        let (complete, rest) = Fuzz.lines(bytes)
        Fuzz.require(
            report.linesVerified == complete.count,
            "intact, but \(report.linesVerified) of \(complete.count) complete lines verified")
        Fuzz.require(
            report.tornFinalLineBytes == (rest.isEmpty ? nil : Int64(rest.count)),
            "intact with \(rest.count) bytes after the last newline, reported torn: \(String(describing: report.tornFinalLineBytes))"
        )
        guard let first = complete.first else { return }
        let candidates = references.filter { reference in
            reference.first.map { same($0, first, macsChecked: macsChecked) } ?? false
        }
        // An intact journal that starts like none of the references is one libFuzzer
        // was given rather than made (it cannot forge SHA-256), so there is nothing to compare.
        guard !candidates.isEmpty else { return }
        let isPrefix = candidates.contains { reference in
            complete.count <= reference.count
                && zip(complete, reference).allSatisfy { same($0, $1, macsChecked: macsChecked) }
        }
        Fuzz.require(
            isPrefix,
            "a changed journal verifies (\(complete.count) lines\(macsChecked ? ", with the key" : "")): "
                + "its complete lines are not a prefix of the reference journal")
    }

    /// Lines equal, or (MACs unchecked) equal once `,"mac":"<64 hex>"` is taken out.
    static func same(_ left: ArraySlice<UInt8>, _ right: ArraySlice<UInt8>, macsChecked: Bool)
        -> Bool
    {
        if left.elementsEqual(right) { return true }
        return !macsChecked && withoutMAC(left).elementsEqual(withoutMAC(right))
    }

    private static let macMember = Array(",\"mac\":\"".utf8)

    /// The line without a final `,"mac":"<64 hex>"` before its closing `}`.
    static func withoutMAC(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let memberLength = macMember.count + 64 + 1
        guard line.count >= memberLength + 1 else { return line }
        let start = line.endIndex - 1 - memberLength
        guard line[start..<start + macMember.count].elementsEqual(macMember) else { return line }
        return line[..<start] + line[(line.endIndex - 1)...]
    }

    /// Reads every record `JournalReader` will give, as `show`, `export` and `resume` do.
    static func readAll(_ bytes: [UInt8]) {
        let path = Fuzz.scratchFile("journal.jsonl", bytes)
        guard let reader = try? JournalReader(path: path) else { return }
        while case .some(.some) = try? reader.next() {}
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Fuzz.test(data, size, JournalFuzz.check)
}

@main enum Main { static func main() { Fuzz.main(fuzzOneInput) } }
