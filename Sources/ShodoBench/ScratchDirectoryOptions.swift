import ArgumentParser

/// Where a benchmark writes its files.
struct ScratchDirectoryOptions: ParsableArguments {
    @Option(
        help:
            "Directory to write in (default: a new temporary directory); measure on the disk journals will use."
    )
    var dir: String?

    /// A fresh directory for this run, under `--dir` or the system temp directory.
    func makeDirectory() throws -> String {
        try BenchmarkSupport.scratchDirectory(in: dir)
    }
}
