import FileReading
import Foundation
import Testing

@testable import RunbookLoading

@Suite("Reading files")
struct FileReadingTests {
    @Test func aFIFOAmongTheRunbooksIsReportedNotWaitedFor() throws {
        let workspace = try TestWorkspace()
        let fifo = workspace.directory + "/pipe.yaml"
        try #require(mkfifo(fifo, 0o600) == 0)
        let result = RunbookLoader().load(directories: [workspace.directory])
        #expect(
            result.diagnostics.map(\.description) == [
                "\(fifo):1:1: error: cannot read this file: not a regular file"
            ])
    }

    @Test func aFileLargerThanTheLimitIsAnErrorNotAllOfMemory() throws {
        let workspace = try TestWorkspace()
        let big = try workspace.write("big.yaml", bytes: Data(repeating: 0x23, count: 5000))
        #expect(FileBytes.read(path: big, limit: 4096) == .failure(.tooLarge(limit: 4096)))
        #expect(FileBytes.read(path: big, limit: 5000).map(\.count) == .success(5000))
        #expect(
            FileBytes.Failure.tooLarge(limit: FileBytes.defaultLimit).reason == "larger than 16 MiB"
        )
        let huge = try workspace.write(
            "huge.yaml", bytes: Data(repeating: 0x23, count: FileBytes.defaultLimit + 1))
        #expect(
            RunbookLoader().load(directories: [workspace.directory]).diagnostics.map(\.description)
                .contains(
                    "\(huge):1:1: error: cannot read this file: larger than 16 MiB"))
    }
}
