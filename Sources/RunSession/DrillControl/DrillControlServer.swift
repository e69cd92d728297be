import ActionJournal
import Foundation
import RunEngine
import RunbookModel

/// The player's end of the control socket (`shodo drill control`): it listens beside
/// the journal (`JOURNAL.control`, mode 0600), carries out the facilitator's requests on
/// the drill — the player's process stays the journal's only writer, and every record a
/// request causes names the facilitator as `actor` — and sends a snapshot after each change.
///
/// Never blocks the player: the front end calls `poll()` whenever one of `descriptors`
/// is ready (or on its tick); each call reads at most `readBudgetBytes`, keeps at most one
/// line's limit per connection, and drops a controller that does not read what it is sent.
/// One controller at a time: a second is refused with the first's name, and closed.
public final class DrillControlServer {
    /// What the player's screen shows of what the facilitator did.
    public enum Event: Sendable, Hashable {
        case attached(facilitator: String)
        case detached(facilitator: String)
        /// Injects delivered while serving a request: those due on the drill clock and a fired manual one.
        case delivered([Inject])
        case clockPaused(reason: String)
        case clockResumed(reason: String)
        /// The facilitator answered the player's call as `contact`; the run moved on.
        case answered(contact: String, script: String?)
        /// EndEx by the facilitator: `drill.ended` is on disk and the journal closed.
        case ended
        /// Real-world abort by the facilitator: the drill journal is closed and a real one open at this path (`realRun`).
        case abortedForRealIncident(realJournal: String)
    }

    /// The longest request line: the longest text an action may carry, and room for the rest.
    public static let maximumLineBytes = OperatorAction.maximumTextBytes + 4096
    /// The most bytes one `poll()` reads from a controller.
    public static let readBudgetBytes = 256 * 1024
    /// Past this much unsent output the controller is dropped (it is not reading).
    public static let maximumUnsentBytes = 4 * 1024 * 1024

    /// The socket beside a journal.
    public static func socketPath(forJournal journal: String) -> String { journal + ".control" }

    public let path: String
    public let session: DrillSession
    /// Where and how the real journal of a real-world abort is written.
    public let realRunRequest: RunStartRequest
    private var listener: Int32
    private let inode: UInt64
    private var controller: Connection?
    /// The real run a real-world abort opened, for the player's front end to carry on with.
    public private(set) var realRun: JournaledRun?

    private final class Connection {
        let descriptor: Int32
        var lines = ControlLineBuffer(limit: DrillControlServer.maximumLineBytes)
        var unsent: [UInt8] = []
        var facilitator: String?
        /// The journal's verification code when the last snapshot was sent.
        var snapshotCode: String?
        var isGone = false

        init(descriptor: Int32) {
            self.descriptor = descriptor
        }
    }

    private init(
        path: String, session: DrillSession, realRunRequest: RunStartRequest, listener: Int32,
        inode: UInt64
    ) {
        self.path = path
        self.session = session
        self.realRunRequest = realRunRequest
        self.listener = listener
        self.inode = inode
    }

    deinit { close() }

    /// Listens beside the session's journal. A socket left by a dead player (nothing
    /// answers it, same user) is replaced; anything else at the path is refused.
    /// `realRunRequest`: where and how a real-world abort writes the real journal.
    public static func open(
        for session: DrillSession, realRunRequest: RunStartRequest
    ) -> Result<DrillControlServer, DrillControlError> {
        let path = socketPath(forJournal: session.run.journalPath)
        var status = stat()
        if lstat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFSOCK, status.st_uid == geteuid() else {
                return .failure(.pathTaken(socket: path))
            }
            switch ControlSocket.connect(to: path) {
            case .success(let live):
                _ = Foundation.close(live)
                return .failure(.playerRunning(socket: path))
            case .failure(.system("connect", ECONNREFUSED)):
                guard unlink(path) == 0 else {
                    return .failure(.system(socket: path, call: "unlink", errno: errno))
                }
            case .failure(let failure):
                return .failure(DrillControlError(failure, socket: path))
            }
        }
        switch ControlSocket.listen(at: path) {
        case .failure(let failure): return .failure(DrillControlError(failure, socket: path))
        case .success(let listening):
            return .success(
                DrillControlServer(
                    path: path, session: session, realRunRequest: realRunRequest,
                    listener: listening.descriptor, inode: listening.inode))
        }
    }

    /// What to wait on with poll(2) between calls to `poll()`.
    public var pollDescriptors: [pollfd] {
        guard listener >= 0 else { return [] }
        var descriptors = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
        if let controller {
            let events = Int16(POLLIN) | (controller.unsent.isEmpty ? 0 : Int16(POLLOUT))
            descriptors.append(pollfd(fd: controller.descriptor, events: events, revents: 0))
        }
        return descriptors
    }

    /// Serves the socket without blocking: reads and carries out what the controller sent,
    /// takes in a new controller, and sends a snapshot when the journal has changed.
    /// Returns what the player's screen should show, in order.
    public func poll() -> [Event] {
        guard listener >= 0 else { return [] }
        var events: [Event] = []
        // The attached controller first: one that has gone frees the place for a new one.
        let attached = controller
        if let attached { events += serve(attached) }
        if let attached, attached.isGone { events += drop(attached) }
        acceptWaiting(&events)
        if let controller, controller !== attached { events += serve(controller) }
        if let controller { sendSnapshotIfChanged(controller) }
        if let controller, flush(controller) == false || controller.isGone {
            events += drop(controller)
        }
        return events
    }

    /// Stops listening: closes the controller's connection and removes the socket (if it is still ours).
    public func close() {
        guard listener >= 0 else { return }
        if let controller { _ = drop(controller) }
        _ = Foundation.close(listener)
        listener = -1
        var status = stat()
        if lstat(path, &status) == 0, UInt64(status.st_ino) == inode { unlink(path) }
    }

    // MARK: - Connections

    private func acceptWaiting(_ events: inout [Event]) {
        while true {
            let descriptor = accept(listener, nil, nil)
            guard descriptor >= 0 else { return }
            ControlSocket.configure(descriptor)
            let connection = Connection(descriptor: descriptor)
            guard ControlSocket.peerUserID(descriptor) == geteuid() else {
                refuse(
                    connection,
                    ja ? "別のユーザーからの接続は受け付けません" : "a controller of another user is refused")
                continue
            }
            if let controller {
                let name = controller.facilitator ?? "?"
                refuse(
                    connection,
                    ja
                        ? "進行役 \(name) がすでに接続しています。接続できる進行役は一人だけです"
                        : "facilitator \(name) is already attached; one controller at a time")
                continue
            }
            controller = connection
        }
    }

    /// Tells a connection why it is refused, as far as it will take it without blocking, and closes it.
    private func refuse(_ connection: Connection, _ reason: String) {
        _ = ControlSocket.send(
            connection.descriptor,
            Array(
                (DrillControlMessage.reply(operation: "attach", ok: false, message: reason).line
                    + "\n").utf8)[...])
        _ = Foundation.close(connection.descriptor)
    }

    private func drop(_ connection: Connection) -> [Event] {
        _ = Foundation.close(connection.descriptor)
        if controller === connection { controller = nil }
        return connection.facilitator.map { [.detached(facilitator: $0)] } ?? []
    }

    private func serve(_ connection: Connection) -> [Event] {
        var events: [Event] = []
        var budget = Self.readBudgetBytes
        while budget > 0, !connection.isGone {
            guard
                let bytes = ControlSocket.receive(
                    connection.descriptor, upTo: min(budget, 64 * 1024))
            else {
                connection.isGone = true
                break
            }
            if bytes.isEmpty { break }
            budget -= bytes.count
            for piece in connection.lines.take(bytes) {
                switch piece {
                case .tooLong:
                    reply(
                        connection, "?",
                        .failure(
                            .drillRefused(
                                DrillControlProblem.tooLong(limit: Self.maximumLineBytes).message)))
                case .line(let line):
                    if line.allSatisfy(\.isWhitespace) { continue }
                    switch DrillControlRequest.parse(line) {
                    case .failure(let problem):
                        reply(connection, "?", .failure(.drillRefused(problem.message)))
                    case .success(let request): events += carryOut(request, from: connection)
                    }
                }
            }
        }
        return events
    }

    // MARK: - Requests

    private var ja: Bool { session.ja }

    private func carryOut(_ request: DrillControlRequest, from connection: Connection) -> [Event] {
        let operation = request.operation
        if case .attach(let facilitator) = request {
            guard connection.facilitator == nil else {
                reply(
                    connection, operation,
                    .failure(.drillRefused(ja ? "すでに接続しています" : "already attached")))
                return []
            }
            connection.facilitator = facilitator
            reply(
                connection, operation,
                .success(ja ? "\(facilitator) として接続しました" : "attached as \(facilitator)"))
            return [.attached(facilitator: facilitator)]
        }
        guard let actor = connection.facilitator else {
            reply(
                connection, operation,
                .failure(.drillRefused(ja ? "最初に attach してください" : "send attach first")))
            return []
        }
        guard !session.hasEnded else {
            reply(
                connection, operation,
                .failure(.drillRefused(ja ? "訓練は終了しています" : "the drill has ended")))
            return []
        }
        var events: [Event] = []
        switch session.deliverDue() {
        case .failure(let error):
            reply(connection, operation, .failure(error))
            return []
        case .success(let due): if !due.isEmpty { events.append(.delivered(due)) }
        }
        switch request {
        case .attach: break
        case .fire(let id):
            let fired = session.fireManually(id, actor: actor)
            if case .success(let inject) = fired { events.append(.delivered([inject])) }
            reply(connection, operation, fired.map { ja ? "注入 \($0.id) を出しました" : "fired \($0.id)" })
        case .pause(let reason):
            let reason = reason.isEmpty ? (ja ? "進行役が停止" : "paused by the facilitator") : reason
            let error = session.pauseClock(reason: reason, actor: actor)
            if error == nil { events.append(.clockPaused(reason: reason)) }
            reply(
                connection, operation,
                error.map { .failure($0) } ?? .success(ja ? "時計を止めました" : "drill clock paused"))
        case .resume(let reason):
            let reason = reason.isEmpty ? (ja ? "進行役が再開" : "resumed by the facilitator") : reason
            let error = session.resumeClock(reason: reason, actor: actor)
            if error == nil { events.append(.clockResumed(reason: reason)) }
            reply(
                connection, operation,
                error.map { .failure($0) } ?? .success(ja ? "時計を再開しました" : "drill clock resumed"))
        case .observe(let observation):
            let error = session.recordObservation(observation, actor: actor)
            reply(
                connection, operation,
                error.map { .failure($0) } ?? .success(ja ? "観察を記録しました" : "observation recorded"))
        case .answer(let contact):
            let answered = session.answerAsContact(contact, actor: actor)
            if case .success(let script) = answered {
                events.append(.answered(contact: contact, script: script))
            }
            reply(
                connection, operation,
                answered.map { script in script ?? (ja ? "応答しました" : "answered") })
        case .improve(let item):
            reply(
                connection, operation,
                session.recordImprovement(item, actor: actor).map {
                    ja ? "改善項目 \($0) を記録しました" : "recorded \($0)"
                })
        case .end:
            let error = session.end(actor: actor)
            if error == nil { events.append(.ended) }
            reply(
                connection, operation,
                error.map { .failure($0) } ?? .success(ja ? "訓練を終了しました" : "drill ended"))
        case .abort:
            let aborted = session.abortForRealIncident(realRunRequest, actor: actor)
            if case .success(let real) = aborted {
                realRun = real
                events.append(.abortedForRealIncident(realJournal: real.journalPath))
            }
            reply(
                connection, operation,
                aborted.map {
                    ja
                        ? "訓練を中止し、実際の記録を開きました: \($0.journalPath)"
                        : "drill stopped; real journal opened: \($0.journalPath)"
                })
        }
        return events
    }

    private func reply(
        _ connection: Connection, _ operation: String, _ result: Result<String, SessionError>
    ) {
        let message: DrillControlMessage
        switch result {
        case .success(let words): message = .reply(operation: operation, ok: true, message: words)
        case .failure(let error):
            message = .reply(
                operation: operation, ok: false,
                message: error.message(language: session.run.state.language))
        }
        enqueue(connection, message)
    }

    private func enqueue(_ connection: Connection, _ message: DrillControlMessage) {
        connection.unsent += Array((message.line + "\n").utf8)
        if connection.unsent.count > Self.maximumUnsentBytes { connection.isGone = true }
    }

    // MARK: - Snapshots

    private func sendSnapshotIfChanged(_ connection: Connection) {
        guard connection.facilitator != nil, connection.snapshotCode != session.run.verificationCode
        else { return }
        connection.snapshotCode = session.run.verificationCode
        enqueue(connection, .snapshot(snapshot()))
    }

    /// The drill as it stands now, with the journal's last records.
    public func snapshot() -> DrillControlSnapshot {
        var tail: [JournalRecord] = []
        if let reader = try? JournalReader(path: session.run.journalPath) {
            while let record = try? reader.next() {
                tail.append(record)
                if tail.count > DrillControlSnapshot.tailLength { tail.removeFirst() }
            }
        }
        return DrillControlSnapshot(session: session, atWall: session.now, tail: tail)
    }

    /// Sends what the socket takes now; false when the controller is gone.
    private func flush(_ connection: Connection) -> Bool {
        while !connection.unsent.isEmpty {
            guard let sent = ControlSocket.send(connection.descriptor, connection.unsent[...])
            else { return false }
            if sent == 0 { return true }
            connection.unsent.removeFirst(sent)
        }
        return true
    }
}
