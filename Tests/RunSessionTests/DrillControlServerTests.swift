import ActionJournal
import Foundation
import JournalVocabulary
import RunEngine
import RunbookModel
import ShodoTestSupport
import Testing

@testable import RunSession

/// The player's end of the control socket over a real Unix socket, served in-process:
/// every call to `poll()` is made by the test, so nothing waits and nothing is timed.
@Suite("Drill control socket")
struct DrillControlServerTests {
    /// A controller speaking the line protocol by hand, as a hostile one would.
    final class RawController {
        let descriptor: Int32
        var received: [UInt8] = []
        var isClosed = false

        init(_ path: String) throws {
            descriptor = try ControlSocket.connect(to: path).get()
        }

        deinit { _ = Foundation.close(descriptor) }

        /// Sends what the socket takes now; the rest is returned.
        @discardableResult
        func send(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            guard let sent = ControlSocket.send(descriptor, bytes) else { return bytes }
            return bytes.dropFirst(sent)
        }

        func send(line: String) { send(Array((line + "\n").utf8)[...]) }

        /// Reads what the server has written; the messages complete so far.
        func messages() -> [DrillControlMessage] {
            while let bytes = ControlSocket.receive(descriptor, upTo: 64 * 1024) {
                if bytes.isEmpty { break }
                received += bytes
            }
            if ControlSocket.receive(descriptor, upTo: 1) == nil { isClosed = true }
            var messages: [DrillControlMessage] = []
            while let newline = received.firstIndex(of: UInt8(ascii: "\n")) {
                if let message = DrillControlMessage.parse(
                    String(decoding: received[..<newline], as: UTF8.self))
                {
                    messages.append(message)
                }
                received.removeSubrange(...newline)
            }
            return messages
        }
    }

    static func replies(_ messages: [DrillControlMessage]) -> [(ok: Bool, message: String)] {
        messages.compactMap {
            if case .reply(_, let ok, let message) = $0 { (ok, message) } else { nil }
        }
    }

    private func start(_ workspace: SessionWorkspace) throws -> DrillSession {
        try DrillSessionTests().start(workspace)
    }

    /// A drill with its server listening, and a controller connected (attached as `facilitator` when given).
    private func served(_ workspace: SessionWorkspace, attachingAs facilitator: String? = "sato")
        throws
        -> (session: DrillSession, server: DrillControlServer, controller: RawController)
    {
        let session = try start(workspace)
        let server = try DrillControlServer.open(
            for: session, realRunRequest: session.realRunRequest(sealKeyStore: nil)
        ).get()
        let controller = try RawController(server.path)
        if let facilitator {
            controller.send(line: DrillControlRequest.attach(facilitator: facilitator).line)
        }
        return (session, server, controller)
    }

    @Test func theFacilitatorsRequestsAreJournaledByThePlayerWithTheFacilitatorAsActor() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let (session, server, controller) = try served(workspace)
        defer { server.close() }
        var status = stat()
        #expect(lstat(server.path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(server.poll() == [.attached(facilitator: "sato")])
        let first = controller.messages()
        #expect(Self.replies(first).map(\.ok) == [true])
        let snapshot = try #require(
            first.compactMap { if case .snapshot(let s) = $0 { s } else { nil } }.first)
        #expect(snapshot.injects.first { $0.id == "held" }?.stage == .pending)

        controller.send(line: DrillControlRequest.fire(inject: "held").line)
        controller.send(
            line: DrillControlRequest.observe(
                .init(text: "Calm", milestone: "isolated", rating: "pass")
            ).line)
        controller.send(
            line: DrillControlRequest.observe(.init(text: "Rated oddly", rating: "S")).line)
        controller.send(line: DrillControlRequest.pause(reason: "phone").line)
        let events = server.poll()
        #expect(events.contains(.clockPaused(reason: "phone")))
        #expect(
            events.contains {
                if case .delivered(let injects) = $0 {
                    injects.map(\.id) == ["held"]
                } else {
                    false
                }
            })
        let replies = Self.replies(controller.messages())
        #expect(replies.map(\.ok) == [true, true, false, true])
        #expect(replies[2].message.contains("rating 'S' is not on this drill's scale"))

        let records = try workspace.records(session.run.journalPath)
        let fired = try #require(
            records.first { $0.kind == "inject.delivered" && $0.string("inject") == "held" })
        #expect(fired.actor == "sato" && fired.string("trigger") == "manual")
        let observation = try #require(
            records.first { $0.kind == RecordKind.observationRecorded.rawValue })
        #expect(
            observation.actor == "sato" && observation.string("milestone") == "isolated"
                && observation.string("rating") == "pass")
        #expect(records.first { $0.kind == "drill.paused" }?.actor == "sato")
        #expect(records.filter { $0.kind == RecordKind.observationRecorded.rawValue }.count == 1)
        #expect(try workspace.verify(session.run.journalPath).firstError == nil)
    }

    @Test func theFacilitatorAnswersTheCallAndRecordsAnImprovementItem() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let (session, server, controller) = try served(workspace)
        defer { server.close() }
        controller.send(line: DrillControlRequest.answer(contact: "it-oncall").line)
        _ = server.poll()
        #expect(Self.replies(controller.messages()).map(\.ok) == [true, false])
        // Walk the player to the call: it-oncall is reachable only after 300 s, but the facilitator picks up now.
        for action: OperatorAction in [
            .skip(reason: "not known"), .done(note: nil), .choose(optionID: "stopped"),
        ] {
            _ = try session.perform(action).get()
        }
        controller.send(line: DrillControlRequest.answer(contact: "it-oncall").line)
        controller.send(
            line: DrillControlRequest.improve(
                .init(
                    finding: "IT slow", action: "Second number", owner: "IT lead",
                    due: "2027-03-31", category: .contacts)
            ).line)
        controller.send(
            line: DrillControlRequest.improve(
                .init(finding: "x", action: "y", owner: "z", due: "2027-02-30", category: .other)
            ).line)
        #expect(server.poll().contains(.answered(contact: "it-oncall", script: "On my way")))
        let replies = Self.replies(controller.messages())
        #expect(replies.map(\.ok) == [true, true, false], "\(replies)")
        #expect(replies[1].message == "recorded I1")
        let records = try workspace.records(session.run.journalPath)
        let call = try #require(records.first { $0.kind == RecordKind.contactAttempted.rawValue })
        #expect(call.actor == "sato" && call.string("result") == "reached")
        #expect(
            records.first {
                $0.kind == RecordKind.milestoneReached.rawValue
                    && $0.string("milestone") == "it-called"
            } != nil)
        let item = try #require(
            records.first { $0.kind == RecordKind.improvementRecorded.rawValue })
        #expect(
            item.actor == "sato" && item.string("item") == "I1"
                && item.string("category") == "contacts")
        #expect(session.run.operatorName == "nurse-07")
    }

    @Test func aSecondControllerIsRefusedAndTheFirstCanReattachAfterDisconnecting() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let session = try start(workspace)
        let server = try DrillControlServer.open(
            for: session, realRunRequest: session.realRunRequest(sealKeyStore: nil)
        ).get()
        defer { server.close() }
        var first: RawController? = try RawController(server.path)
        first?.send(line: DrillControlRequest.attach(facilitator: "sato").line)
        _ = server.poll()
        let second = try RawController(server.path)
        second.send(line: DrillControlRequest.attach(facilitator: "suzuki").line)
        _ = server.poll()
        let refused = Self.replies(second.messages())
        #expect(refused.map(\.ok) == [false])
        #expect(refused.first?.message.contains("facilitator sato is already attached") == true)
        #expect(second.isClosed)

        first = nil
        #expect(server.poll() == [.detached(facilitator: "sato")])
        #expect(session.hasEnded == false)
        let again = try RawController(server.path)
        again.send(line: DrillControlRequest.attach(facilitator: "sato").line)
        again.send(line: DrillControlRequest.end.line)
        #expect(server.poll() == [.attached(facilitator: "sato"), .ended])
        #expect(Self.replies(again.messages()).map(\.ok) == [true, true])
        #expect(session.hasEnded)
        #expect(
            try workspace.records(session.run.journalPath).last { $0.kind == "drill.ended" }?.actor
                == "sato")
    }

    @Test func aRealWorldAbortClosesTheDrillAndOpensARealJournalEachNamingTheOther() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let (session, server, controller) = try served(workspace)
        defer { server.close() }
        controller.send(line: DrillControlRequest.abort.line)
        let events = server.poll()
        let real = try #require(server.realRun)
        defer { real.pauseIfOpen() }
        #expect(events.contains(.abortedForRealIncident(realJournal: real.journalPath)))
        #expect(Self.replies(controller.messages()).map(\.ok) == [true, true])
        #expect(session.hasEnded)
        let drill = try workspace.records(session.run.journalPath)
        let stopIndex = try #require(
            drill.firstIndex { $0.kind == RecordKind.drillRealWorld.rawValue })
        #expect(drill[stopIndex].actor == "sato")
        #expect(drill.last?.kind == RecordKind.journalClose.rawValue)
        let open = try #require(try workspace.records(real.journalPath).first)
        #expect(open.bool("drill") == false)
        #expect(!(real.journalPath as NSString).lastPathComponent.hasPrefix("DRILL-"))
        #expect(open.string("drill_jid") == drill[0].jid.uuidString.lowercased())
        // The drill journal's last line (its `journal.close`, after `drill.real-world`).
        #expect(open.string("drill_h") == drill.last?.recordHash)
        #expect(drill[stopIndex].string("real_jid") == open.jid.uuidString.lowercased())
        #expect(real.presentation?.stepID == MilestoneRunbook.runbook.steps.first?.id)
    }

    @Test func aHostileControllerCannotGrowThePlayersMemoryOrStopIt() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let (session, server, controller) = try served(workspace, attachingAs: nil)
        defer { server.close() }
        controller.send(line: "this is not JSON")
        controller.send(line: #"{"op":"fire"}"#)
        controller.send(line: #"{"op":"fire","inject":"held"}"#)
        _ = server.poll()
        let early = Self.replies(controller.messages())
        #expect(early.map(\.ok) == [false, false, false])
        #expect(early[0].message.contains("malformed request"))
        #expect(early[2].message.contains("send attach first"))

        // 16 MiB without a newline, in as many polls as it takes: each poll reads a bounded amount.
        let block = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        var polls = 0
        for _ in 0..<16 {
            var rest = block[...]
            while !rest.isEmpty {
                rest = controller.send(rest)
                _ = server.poll()
                polls += 1
            }
        }
        controller.send(line: "")
        controller.send(line: DrillControlRequest.attach(facilitator: "sato").line)
        controller.send(line: DrillControlRequest.fire(inject: "held").line)
        _ = server.poll()
        let late = Self.replies(controller.messages())
        #expect(late.map(\.ok) == [false, true, true], "\(late)")
        #expect(late.first?.message.contains("longer than") == true)
        #expect(polls >= 16 * ((1 << 20) / DrillControlServer.readBudgetBytes))
        #expect(
            try workspace.records(session.run.journalPath).contains {
                $0.string("inject") == "held"
            })
    }

    @Test func aStaleSocketIsReplacedAndALiveOneOrAnotherFileIsRefused() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let session = try start(workspace)
        let path = DrillControlServer.socketPath(forJournal: session.run.journalPath)
        // A dead player's socket: bound, then its descriptor closed without removing the file.
        let dead = try ControlSocket.listen(at: path).get()
        _ = Foundation.close(dead.descriptor)
        let server = try DrillControlServer.open(
            for: session, realRunRequest: session.realRunRequest(sealKeyStore: nil)
        ).get()
        #expect(
            DrillControlServer.open(
                for: session, realRunRequest: session.realRunRequest(sealKeyStore: nil)
            ).failure
                == .playerRunning(socket: path))
        server.close()
        #expect(access(path, F_OK) != 0)
        #expect(FileManager.default.createFile(atPath: path, contents: Data("not a socket".utf8)))
        #expect(
            DrillControlServer.open(
                for: session, realRunRequest: session.realRunRequest(sealKeyStore: nil)
            ).failure
                == .pathTaken(socket: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a socket")
    }

    @Test func theControllerRefusesARealJournalAFinishedDrillAndNoPlayer() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let real = try workspace.start()
        #expect(
            DrillControlClient.attach(journal: real.journalPath, facilitator: "sato").failure
                == .notADrill(journal: real.journalPath))
        let session = try start(workspace)
        let path = session.run.journalPath
        let socket = DrillControlServer.socketPath(forJournal: path)
        #expect(
            DrillControlClient.attach(journal: path, facilitator: "sato").failure
                == .noPlayer(socket: socket))
        #expect(session.end() == nil)
        #expect(
            DrillControlClient.attach(journal: path, facilitator: "sato").failure
                == .finished(journal: path))
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give the socket to another user"))
    func theControllerRefusesAnotherUsersSocket() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let session = try start(workspace)
        let server = try DrillControlServer.open(
            for: session, realRunRequest: session.realRunRequest(sealKeyStore: nil)
        ).get()
        defer { server.close() }
        #expect(chown(server.path, 4321, 4321) == 0)
        #expect(
            DrillControlClient.attach(journal: session.run.journalPath, facilitator: "sato").failure
                == .otherUser(socket: server.path, owner: 4321))
    }

    static let canRunAsAnotherUser =
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    @Test(
        .enabled(
            if: canRunAsAnotherUser, "needs root, setpriv and python3 to connect as another user"))
    func thePlayerRefusesAControllerOfAnotherUserByItsPeerCredentials() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let session = try start(workspace)
        let server = try DrillControlServer.open(
            for: session, realRunRequest: session.realRunRequest(sealKeyStore: nil)
        ).get()
        defer { server.close() }
        // Open the directory and the socket to everyone, so that only the peer check stands in the way.
        #expect(chmod(workspace.directory.path, 0o755) == 0 && chmod(server.path, 0o666) == 0)
        let script = """
            import socket, sys
            s = socket.socket(socket.AF_UNIX)
            s.settimeout(60)
            s.connect(sys.argv[1])
            print(s.makefile().readline(), end='')
            """
        let child = try SpawnedProcess(
            [
                "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "/usr/bin/python3", "-c", script, server.path,
            ],
            environment: [:], output: .pipe, errors: .pipe)
        // Wait (in bounded steps) for the other user's connection, then serve it: it is refused
        // on being accepted, before it can send anything.
        var listener = server.pollDescriptors
        for _ in 0..<600 where poll(&listener, nfds_t(listener.count), 100) == 0 {}
        #expect(server.poll().isEmpty)
        let answer = String(decoding: child.output?.readDataToEndOfFile() ?? Data(), as: UTF8.self)
        let problem = String(decoding: child.errors?.readDataToEndOfFile() ?? Data(), as: UTF8.self)
        #expect(child.waitForExit().status == 0, "\(problem)")
        #expect(
            DrillControlMessage.parse(answer)
                == .reply(
                    operation: "attach", ok: false,
                    message: "a controller of another user is refused"))
        #expect(try workspace.records(session.run.journalPath).allSatisfy { $0.actor != "mallory" })
    }

    @Test func requestLinesAreReadFromTheHeadlessControllersWords() throws {
        #expect(
            try DrillControlRequest.parse(
                commandLine: "observe milestone=isolated rating=S Found it fast"
            ).get()
                == .observe(.init(text: "Found it fast", milestone: "isolated", rating: "S")))
        #expect(
            try DrillControlRequest.parse(
                commandLine: "improve category=bcp owner=IT due=2027-01-31 No spare PC | Buy one"
            ).get()
                == .improve(
                    .init(
                        finding: "No spare PC", action: "Buy one", owner: "IT", due: "2027-01-31",
                        category: .bcp)))
        #expect(
            DrillControlRequest.parse(
                commandLine: "improve category=cake owner=IT due=2027-01-31 a | b"
            ).failure != nil)
        #expect(
            DrillControlRequest.parse(commandLine: "fire").failure
                == .malformed("fire needs an inject id"))
        for request: DrillControlRequest in [
            .end, .pause(reason: "tea"), .answer(contact: "it-oncall"),
        ] {
            #expect(try DrillControlRequest.parse(request.line).get() == request)
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }

}
