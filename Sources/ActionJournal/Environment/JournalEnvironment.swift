#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Notation

/// Facts about the machine that `journal.open` records: host, time zone, clock sync.
public enum JournalEnvironment {
    /// The host name, or "unknown" when the system will not say.
    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return bytes.isEmpty ? "unknown" : String(decoding: bytes, as: UTF8.self)
    }

    /// The local UTC offset at `wallSeconds` (default now) as `+09:00` / `-05:30`.
    public static func utcOffsetString(wallSeconds: Int? = nil) -> String {
        var seconds = time_t(wallSeconds ?? Int(time(nil)))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return "+00:00" }
        return UTCOffset(seconds: Int(parts.tm_gmtoff)).description
    }

    /// Whether the kernel considers the clock synchronised to a time source (adjtimex);
    /// `false` when it says unsynchronised or cannot be asked.
    public static func clockSynchronised() -> Bool {
        #if os(Linux)
        // The C library's module map leaves out <sys/timex.h>, so `adjtimex` is looked up
        // by name. `struct timex` on LP64 Linux starts with `unsigned modes` (0 = only
        // read), and `int status` sits at byte 40; the buffer is larger than the struct.
        typealias Adjtimex = @convention(c) (UnsafeMutableRawPointer) -> Int32
        guard let symbol = dlsym(nil, "adjtimex") else { return false }
        let adjtimex = unsafeBitCast(symbol, to: Adjtimex.self)
        let state = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { state.deallocate() }
        state.initializeMemory(as: UInt8.self, repeating: 0, count: 512)
        let result = adjtimex(state)
        let status = state.load(fromByteOffset: 40, as: Int32.self)
        let unsynchronised: Int32 = 0x0040  // STA_UNSYNC
        let timeError: Int32 = 5  // TIME_ERROR
        return result >= 0 && result != timeError && status & unsynchronised == 0
        #else
        return false
        #endif
    }
}
