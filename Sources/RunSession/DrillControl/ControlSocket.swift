import Foundation

/// The Unix-socket plumbing of the drill control socket: made safely, same user only,
/// never blocking. Kept apart from what the messages mean.
enum ControlSocket {
    /// Why a socket could not be made or reached; `errno` is the system's code.
    enum Failure: Error {
        case system(call: String, errno: Int32)
        case pathTooLong
    }

    /// A new stream socket, close-on-exec and non-blocking.
    static func stream() -> Result<Int32, Failure> {
        #if os(Linux)
            let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return .failure(.system(call: "socket", errno: errno)) }
        configure(descriptor)
        return .success(descriptor)
    }

    /// Close-on-exec, non-blocking and (on Darwin) no SIGPIPE.
    static func configure(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        #if !os(Linux)
            var on: Int32 = 1
            _ = setsockopt(
                descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// Calls `body` with an address naming `path`. A path too long for `sun_path` is
    /// named through its directory's descriptor (`/proc/self/fd/N/NAME`, Linux).
    static func withAddress<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T)
        -> Result<T, Failure>
    {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        var target = path
        var directory: Int32 = -1
        defer { if directory >= 0 { _ = Foundation.close(directory) } }
        if path.utf8.count >= capacity {
            #if os(Linux)
                let parent = (path as NSString).deletingLastPathComponent
                directory = open(parent.isEmpty ? "." : parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard directory >= 0 else { return .failure(.system(call: "open", errno: errno)) }
                target = "/proc/self/fd/\(directory)/" + (path as NSString).lastPathComponent
            #endif
            guard target.utf8.count < capacity else { return .failure(.pathTooLong) }
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: target.utf8)
            raw[target.utf8.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return .success(result)
    }

    /// Connects to the socket at `path`; a non-blocking connect to a Unix socket
    /// completes or fails at once.
    static func connect(to path: String) -> Result<Int32, Failure> {
        let descriptor: Int32
        switch stream() {
        case .failure(let failure): return .failure(failure)
        case .success(let made): descriptor = made
        }
        let connected = withAddress(path) {
            Foundation.connect(descriptor, $0, $1) == 0 ? 0 : errno
        }
        switch connected {
        case .success(0): return .success(descriptor)
        case .success(let code):
            _ = Foundation.close(descriptor)
            return .failure(.system(call: "connect", errno: code))
        case .failure(let failure):
            _ = Foundation.close(descriptor)
            return .failure(failure)
        }
    }

    /// Listens at `path`, which must not exist; the socket file is made mode 0600 before
    /// it listens, so nothing connects before that (the umask is process-wide and is left
    /// alone). Returns the descriptor and the file's inode.
    static func listen(at path: String) -> Result<(descriptor: Int32, inode: UInt64), Failure> {
        let descriptor: Int32
        switch stream() {
        case .failure(let failure): return .failure(failure)
        case .success(let made): descriptor = made
        }
        let bound = withAddress(path) { Foundation.bind(descriptor, $0, $1) == 0 ? 0 : errno }
        var failure: Failure?
        switch bound {
        case .success(0):
            if chmod(path, 0o600) != 0 {
                failure = .system(call: "chmod", errno: errno)
                unlink(path)
            } else if Foundation.listen(descriptor, 4) != 0 {
                failure = .system(call: "listen", errno: errno)
            }
        case .success(let code): failure = .system(call: "bind", errno: code)
        case .failure(let made): failure = made
        }
        var status = stat()
        if failure == nil, lstat(path, &status) != 0 {
            failure = .system(call: "lstat", errno: errno)
        }
        if let failure {
            _ = Foundation.close(descriptor)
            return .failure(failure)
        }
        return .success((descriptor, UInt64(status.st_ino)))
    }

    /// The user id of the process at the other end of a connected socket.
    static func peerUserID(_ descriptor: Int32) -> uid_t? {
        #if os(Linux)
            // struct ucred: pid, uid, gid (not imported into Swift).
            var credentials = [UInt32](repeating: 0, count: 3)
            var length = socklen_t(12)
            let status = credentials.withUnsafeMutableBytes {
                getsockopt(descriptor, SOL_SOCKET, SO_PEERCRED, $0.baseAddress, &length)
            }
            return status == 0 ? uid_t(credentials[1]) : nil
        #else
            var user = uid_t()
            var group = gid_t()
            return getpeereid(descriptor, &user, &group) == 0 ? user : nil
        #endif
    }

    /// Sends what it can without blocking; how many bytes went, or `nil` when the peer is gone.
    static func send(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) -> Int? {
        #if os(Linux)
            let flags = Int32(MSG_NOSIGNAL)
        #else
            let flags: Int32 = 0
        #endif
        let sent = bytes.withUnsafeBytes {
            Foundation.send(descriptor, $0.baseAddress, $0.count, flags)
        }
        if sent >= 0 { return sent }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : nil
    }

    /// Reads what is there without blocking: bytes, `[]` when nothing is there yet, `nil` at the end or on an error.
    static func receive(_ descriptor: Int32, upTo count: Int) -> [UInt8]? {
        var block = [UInt8](repeating: 0, count: count)
        let read = block.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, count, 0) }
        if read > 0 { return Array(block[..<read]) }
        if read == 0 { return nil }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? [] : nil
    }
}
