#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks a journal: framing, chain, `v`, `jid`, `seq`, `ts`, `mono_ns`, and with the
/// first seal key `K_0` the commitment, every MAC and the seals.
///
/// Takes no lock and never writes, so it may run while a writer appends (it then sees
/// a prefix of the journal). Reads through a fixed buffer: memory does not grow with
/// the file.
public enum JournalVerifier {
    /// Verifies the journal at `path`. With `expectedCode`, the code must be that of a
    /// line and every line up to it must verify. With `key` (`K_0`, from `keygen`), the
    /// journal must be sealed under it: `key_commitment`, every MAC under its epoch's
    /// key, at most 50 records per epoch (a wrong key fails on line 1, a journal without
    /// MACs fails as stripped). Throws only when the file cannot be read; everything
    /// about its content is in the report.
    public static func verify(
        path: String, expectedCode: VerificationCode? = nil, key: SealKey? = nil
    ) throws(JournalError) -> VerificationReport {
        let descriptor = try SystemFiles.openJournal(path, flags: O_RDONLY | O_CLOEXEC)
        defer { _ = close(descriptor) }
        var pass = VerificationPass(expectedCode: expectedCode, key: key)
        do {
            try pass.run(JournalLineSource(descriptor: descriptor), collectingMembers: false)
        } catch {
            throw .readFailed(path: path, errno: error.errno)
        }
        return pass.report(path: path)
    }

    /// Verifies the journal at `path` as `verify(path:)` does and, in the same single
    /// read, hands `visit` each record on a line that verified, in order: a reader that
    /// needs both the verdict and the records reads the file once, and never sees a
    /// record the verifier could not prove.
    public static func verify(
        path: String, visit: @escaping (JournalRecord) -> Void
    ) throws(JournalError) -> VerificationReport {
        let descriptor = try SystemFiles.openJournal(path, flags: O_RDONLY | O_CLOEXEC)
        defer { _ = close(descriptor) }
        var pass = VerificationPass(expectedCode: nil)
        do {
            try pass.run(JournalLineSource(descriptor: descriptor), collectingMembers: true) {
                line, scanned, number throws(VerificationProblem) in
                visit(try JournalRecordDecoder.record(line, scanned, lineNumber: number))
            }
        } catch {
            throw .readFailed(path: path, errno: error.errno)
        }
        return pass.report(path: path)
    }

    /// Verifies a journal held in memory (tests, and data not in a file).
    public static func verify(
        bytes: [UInt8], expectedCode: VerificationCode? = nil, key: SealKey? = nil
    ) -> VerificationReport {
        var pass = VerificationPass(expectedCode: expectedCode, key: key)
        // A source over memory performs no I/O, so it cannot fail.
        try? pass.run(JournalLineSource(bytes: bytes), collectingMembers: false)
        return pass.report(path: nil)
    }
}
