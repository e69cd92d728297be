import ActionJournal
import Foundation
import JournalVocabulary
import RunEngine

/// The facilitator's end of the control socket: attaches to the player of a running
/// drill, sends requests and takes in replies and snapshots, never blocking longer than
/// asked. Refuses, before connecting, a journal that is not a drill's, a drill that has
/// ended, and a socket of another user.
public final class DrillControlClient {
    public let journal: String
    public let socketPath: String
    public let facilitator: String
    private var descriptor: Int32
    private var lines = ControlLineBuffer(limit: 16 * 1024 * 1024)
    /// Messages read but not yet handed out.
    private var received: [DrillControlMessage] = []

    private init(journal: String, socketPath: String, facilitator: String, descriptor: Int32) {
        self.journal = journal
        self.socketPath = socketPath
        self.facilitator = facilitator
        self.descriptor = descriptor
    }

    deinit { detach() }

    /// Attaches as `facilitator`, waiting at most `timeoutMilliseconds` for the player's answer.
    public static func attach(
        journal: String, facilitator: String, timeoutMilliseconds: Int32 = 30_000
    )
        -> Result<DrillControlClient, DrillControlError>
    {
        let socket = DrillControlServer.socketPath(forJournal: journal)
        let name = (journal as NSString).lastPathComponent
        guard name.hasPrefix(JournalDirectory.drillPrefix), DrillSession.isDrillJournal(journal)
        else {
            return .failure(.notADrill(journal: journal))
        }
        if hasFinished(journal) { return .failure(.finished(journal: journal)) }
        var status = stat()
        guard lstat(socket, &status) == 0 else { return .failure(.noPlayer(socket: socket)) }
        guard status.st_mode & S_IFMT == S_IFSOCK else {
            return .failure(.pathTaken(socket: socket))
        }
        guard status.st_uid == geteuid() else {
            return .failure(.otherUser(socket: socket, owner: UInt32(status.st_uid)))
        }
        let descriptor: Int32
        switch ControlSocket.connect(to: socket) {
        case .success(let connected): descriptor = connected
        case .failure(.system("connect", ECONNREFUSED)): return .failure(.noPlayer(socket: socket))
        case .failure(let failure): return .failure(DrillControlError(failure, socket: socket))
        }
        let client = DrillControlClient(
            journal: journal, socketPath: socket, facilitator: facilitator, descriptor: descriptor)
        switch client.request(
            .attach(facilitator: facilitator), timeoutMilliseconds: timeoutMilliseconds)
        {
        case .failure(let error): return .failure(error)
        case .success(let reply):
            guard reply.ok else { return .failure(.refused(reply.message)) }
            return .success(client)
        }
    }

    /// Whether the journal holds `drill.ended` or `journal.close`.
    static func hasFinished(_ journal: String) -> Bool {
        guard let reader = try? JournalReader(path: journal) else { return false }
        while let record = try? reader.next() {
            if record.recordKind == .drillEnded || record.recordKind == .journalClose {
                return true
            }
        }
        return false
    }

    /// The descriptor to wait on for what the player sends (`-1` once detached).
    public var pollDescriptor: Int32 { descriptor }

    /// Sends a request and waits for its reply (snapshots that come first are kept for `messages`).
    public func request(_ request: DrillControlRequest, timeoutMilliseconds: Int32 = 30_000)
        -> Result<(ok: Bool, message: String), DrillControlError>
    {
        guard send(request) else { return .failure(.lost(socket: socketPath)) }
        let deadline =
            DispatchTime.now().uptimeNanoseconds + UInt64(timeoutMilliseconds) * 1_000_000
        while true {
            // A reply read just before the player closed the socket (it ended the drill) still counts.
            if let index = received.firstIndex(where: {
                if case .reply = $0 { true } else { false }
            }),
                case .reply(_, let ok, let message) = received.remove(at: index)
            {
                return .success((ok, message))
            }
            guard descriptor >= 0, DispatchTime.now().uptimeNanoseconds < deadline else {
                return .failure(.lost(socket: socketPath))
            }
            _ = readAvailable(waitMilliseconds: 100)
        }
    }

    /// Sends a request without waiting; false when the player is gone.
    @discardableResult
    public func send(_ request: DrillControlRequest) -> Bool {
        guard descriptor >= 0 else { return false }
        var bytes = Array((request.line + "\n").utf8)[...]
        while !bytes.isEmpty {
            guard let sent = ControlSocket.send(descriptor, bytes) else { return false }
            if sent == 0 {
                var writable = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = Foundation.poll(&writable, 1, 100)
            }
            bytes = bytes.dropFirst(sent)
        }
        return true
    }

    /// What the player has sent so far, waiting at most `waitMilliseconds` for the first of it;
    /// `nil` once the player has gone (its process ended, or the drill ended and it closed).
    public func messages(waitMilliseconds: Int32 = 0) -> [DrillControlMessage]? {
        let open = received.isEmpty ? readAvailable(waitMilliseconds: waitMilliseconds) : true
        defer { received.removeAll() }
        if !open && received.isEmpty { return nil }
        return received
    }

    /// Reads what is there; false when the connection has ended.
    private func readAvailable(waitMilliseconds: Int32) -> Bool {
        guard descriptor >= 0 else { return false }
        var readable = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = Foundation.poll(&readable, 1, waitMilliseconds)
        guard ready > 0 else { return ready == 0 || errno == EINTR }
        while true {
            guard let bytes = ControlSocket.receive(descriptor, upTo: 64 * 1024) else {
                detach()
                return false
            }
            if bytes.isEmpty { return true }
            for case .line(let line) in lines.take(bytes) {
                if let message = DrillControlMessage.parse(line) { received.append(message) }
            }
        }
    }

    /// Closes the connection; the drill goes on.
    public func detach() {
        guard descriptor >= 0 else { return }
        _ = Foundation.close(descriptor)
        descriptor = -1
    }
}
