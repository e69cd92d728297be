import Foundation
import JournalVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starting a new journal and continuing an existing one.
extension JournalWriter {
    /// Creates the journal at `path` and writes its `journal.open` record (seq 0).
    ///
    /// The file is created exclusively (mode 0600, `O_APPEND`), locked, the record is
    /// synced, then the directory is synced so the file's name survives a crash.
    /// `openPayload` carries program, host, tz, clock_sync, drill… (see
    /// `MachineFacts`). Throws `.alreadyExists`, `.lockedByAnotherProcess`,
    /// `.openFailed`, payload errors, or a write/sync error.
    public static func create(
        path: String, jid: UUID, actor: String, message: String, openPayload: [JSONMember],
        clock: any JournalClock, sealing: (any JournalSealing)? = nil,
        outputs: JournalOutputFactory = .durable
    ) throws(JournalError) -> JournalWriter {
        let openDraft = try RecordDraft(
            kind: .journalOpen, actor: actor, message: message, payload: openPayload)
        let descriptor = try SystemFiles.openJournal(
            path, flags: O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, mode: 0o600)
        try lock(descriptor, path: path)
        do {
            try sealing?.journalWasCreated()
        } catch {
            _ = unlink(path)
            SystemFiles.close(descriptor)
            throw .sealingFailed(path: path, reason: String(describing: error))
        }
        let writer = JournalWriter(
            path: path, jid: jid, descriptor: descriptor, clock: clock,
            output: outputs.output(for: descriptor),
            sealing: sealing, recordCount: 0, previousHash: LineFraming.initialPreviousHash,
            lastRecord: nil)
        do {
            try writer.append(openDraft)
            try writer.synchronizeDirectory()
        } catch {
            writer.close()
            throw error
        }
        return writer
    }

    /// Opens the journal at `path` to continue it, after a pause or a crash.
    ///
    /// Locks it, then verifies every line. A complete line that fails throws `.corrupt`
    /// (or `.newerFormat`) and the file is left untouched. A torn final line is copied to
    /// `<file>.torn-<UTC time>`, cut off, and a `journal.recovered` record (by `actor`)
    /// notes its size and SHA-256. `records` is every record now in the file, the
    /// `journal.recovered` record included. `sealing` must be given exactly when the
    /// journal is sealed (else `.sealingMismatch`); it is handed every record
    /// (`continueJournal`) before anything is appended, and `.sealingFailed` is thrown
    /// when its key does not fit the journal.
    public static func openExisting(
        path: String, actor: String, clock: any JournalClock,
        sealing: (any JournalSealing)? = nil, outputs: JournalOutputFactory = .durable
    ) throws(JournalError) -> (
        writer: JournalWriter, records: [JournalRecord], recovery: TornTailRecovery?
    ) {
        let descriptor = try SystemFiles.openJournal(path, flags: O_RDWR | O_APPEND | O_CLOEXEC)
        try lock(descriptor, path: path)
        var records: [JournalRecord] = []
        var pass = VerificationPass(expectedCode: nil)
        do {
            try pass.run(JournalLineSource(descriptor: descriptor), collectingMembers: true) {
                line, scanned, number throws(VerificationProblem) in
                records.append(try JournalRecordDecoder.record(line, scanned, lineNumber: number))
            }
        } catch {
            SystemFiles.close(descriptor)
            throw .readFailed(path: path, errno: error.errno)
        }
        if let failure = pass.firstError {
            SystemFiles.close(descriptor)
            switch failure.problem {
            case .emptyJournal: throw .noCompleteRecord(path: path)
            case .newerFormat(let version):
                throw .newerFormat(path: path, line: failure.line, version: version)
            default:
                throw .corrupt(path: path, line: failure.line, reason: failure.problem.description)
            }
        }
        if let isSealed = pass.checker.isSealed, isSealed != (sealing != nil) {
            SystemFiles.close(descriptor)
            throw .sealingMismatch(path: path, journalIsSealed: isSealed)
        }
        guard let last = records.last else {
            SystemFiles.close(descriptor)
            throw .noCompleteRecord(path: path)
        }
        let writer = JournalWriter(
            path: path, jid: last.jid, descriptor: descriptor, clock: clock,
            output: outputs.output(for: descriptor),
            sealing: sealing, recordCount: records.count, previousHash: pass.checker.lastHash,
            lastRecord: last)
        if let sealing {
            writer.adoptEpochs(of: records)
            do {
                try sealing.continueJournal(records)
            } catch {
                writer.close()
                throw .sealingFailed(path: path, reason: String(describing: error))
            }
        }
        guard let tornTail = pass.tornTail else { return (writer, records, nil) }
        do {
            let recovery = try writer.recover(tornTail, actor: actor)
            records.append(recovery.record)
            return (writer, records, recovery)
        } catch {
            writer.close()
            throw error
        }
    }

    private static func lock(_ descriptor: Int32, path: String) throws(JournalError) {
        switch SystemFiles.lockExclusively(descriptor) {
        case .success(true): return
        case .success(false):
            SystemFiles.close(descriptor)
            throw .lockedByAnotherProcess(path: path)
        case .failure(let failure):
            SystemFiles.close(descriptor)
            throw .openFailed(path: path, errno: failure.errno)
        }
    }

    /// Syncs the directory holding the journal; a failure fails the writer.
    func synchronizeDirectory() throws(JournalError) {
        do {
            try SystemFiles.synchronizeDirectory(containing: path)
        } catch {
            throw fail(.syncFailed(path: SystemFiles.parentDirectory(of: path), errno: error.errno))
        }
    }
}
