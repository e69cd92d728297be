import Foundation

#if SHODO_FUZZING
    import CLibFuzzer
#endif

/// What every fuzz target shares: its `main`, the input as bytes, the way an
/// invariant fails, a scratch directory.
///
/// A target exports `LLVMFuzzerTestOneInput` and hands it to `Fuzz.main`. Built by
/// `scripts/fuzz` (`-sanitize=fuzzer` and `-D SHODO_FUZZING`) that runs libFuzzer;
/// in a plain build it runs the same function once on each file named on the
/// command line, so a saved crash can be replayed without the sanitizers.
public enum Fuzz {
    /// What libFuzzer calls with each input.
    public typealias Entry = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// The target's `main`. (SwiftPM renames every executable's `main`, so libFuzzer's
    /// own `main` cannot be used; its documented `LLVMFuzzerRunDriver` is.)
    public static func main(_ entry: Entry) -> Never {
        #if SHODO_FUZZING
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, entry))
        #else
            replay(entry)
        #endif
    }

    /// Runs `check` on the bytes libFuzzer hands over; the body of every `LLVMFuzzerTestOneInput`.
    public static func test(_ data: UnsafePointer<UInt8>?, _ size: Int, _ check: ([UInt8]) -> Void)
        -> CInt
    {
        check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    /// Stops the process when an invariant does not hold: libFuzzer then saves the
    /// input as a crash. The message says which invariant and what was seen.
    public static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        if !condition() {
            fatalError("fuzz invariant broken: \(message())", file: file, line: line)
        }
    }

    /// A directory of this process's own under `$TMPDIR` for inputs that must be
    /// files; created on first use.
    public static let scratchDirectory: String = {
        let path = NSTemporaryDirectory() + "shodo-fuzz-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create the fuzz scratch directory \(path): \(error)")
        }
        return path
    }()

    /// Writes `bytes` to `name` in the scratch directory (replacing it) and returns the path.
    public static func scratchFile(_ name: String, _ bytes: [UInt8]) -> String {
        let path = scratchDirectory + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("cannot write the fuzz scratch file \(path)")
        }
        return path
    }

    /// The complete lines of `bytes` (each without its newline) and what follows
    /// the last newline.
    public static func lines(_ bytes: [UInt8]) -> (
        complete: [ArraySlice<UInt8>], rest: ArraySlice<UInt8>
    ) {
        var complete: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            complete.append(bytes[start..<index])
            start = index + 1
        }
        return (complete, bytes[start...])
    }

    /// The plain build's `main`: runs `entry` on every file named on the command
    /// line and says how many passed; exits 2 when a file cannot be read.
    private static func replay(_ entry: Entry) -> Never {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            print(
                "usage: \(CommandLine.arguments.first ?? "fuzz-target") FILE... (runs each input once; see scripts/fuzz)"
            )
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                exit(2)
            }
            _ = Array(data).withUnsafeBufferPointer { entry($0.baseAddress, $0.count) }
        }
        print("\(paths.count) input(s) passed")
        exit(0)
    }
}
