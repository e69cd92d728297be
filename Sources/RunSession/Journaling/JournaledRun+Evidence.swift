import ActionJournal
import Foundation
import RunEngine

/// Registering evidence: the operator holds it, on this terminal; a file is hashed first.
extension JournaledRun {
    /// Journals `evidence.saved` for an item the operator holds (`filePath` nil) or for the
    /// file at `filePath` (relative paths are taken from the working directory), hashed
    /// where it lies. A file that cannot be read is refused and nothing is journaled.
    @discardableResult
    public func registerEvidence(description: String, filePath: String?) -> Result<
        [JournalRecord], SessionError
    > {
        var file: EvidenceFileFacts?
        if let filePath {
            let path = Self.absolutePath(filePath)
            do throws(EvidenceFileDigest.Problem) {
                let digest = try EvidenceFileDigest.of(path: path)
                file = EvidenceFileFacts(
                    path: path, bytes: Int(digest.bytes), sha256: digest.sha256)
            } catch {
                return .failure(.evidenceFile(error))
            }
        }
        return perform(
            .registerEvidence(
                EvidenceRegistration(
                    description: description, custodian: operatorName,
                    location: machineFacts.hostName(),
                    file: file)))
    }

    /// `path` made absolute against the working directory, so the journal names the file
    /// wherever it is read later.
    static func absolutePath(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        let directory = FileManager.default.currentDirectoryPath
        return (directory as NSString).appendingPathComponent(path)
    }
}
