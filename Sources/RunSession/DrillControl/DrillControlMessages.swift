import Foundation
import RunbookModel

/// The line protocol between `shodo drill control` (the facilitator) and the player's
/// process (docs/drills.md "The two screens: the player's and the facilitator's"): one JSON object per line, UTF-8.
///
/// Controller → player: a request, `{"op": …, …}`. The first must be `attach`.
/// Player → controller: `{"type": "reply", …}` answering each request in order, and
/// `{"type": "snapshot", …}` after attaching and after every change to the journal.
public enum DrillControlRequest: Sendable, Hashable {
    /// First line: who the facilitator is (every record they cause names them as `actor`).
    case attach(facilitator: String)
    case fire(inject: String)
    case pause(reason: String)
    case resume(reason: String)
    case observe(DrillSession.Observation)
    /// Answer the player's call as this simulated contact.
    case answer(contact: String)
    case improve(DrillSession.Improvement)
    /// EndEx: `drill.ended`, the journal closes.
    case end
    /// Real-world abort: the player's process stops the drill and opens a real journal.
    case abort

    /// The `op` word of the request.
    public var operation: String {
        switch self {
        case .attach: "attach"
        case .fire: "fire"
        case .pause: "pause"
        case .resume: "resume"
        case .observe: "observe"
        case .answer: "answer"
        case .improve: "improve"
        case .end: "end"
        case .abort: "abort"
        }
    }

    /// Every member a request line may carry; which are needed depends on `op`.
    private struct Wire: Codable {
        var op: String
        var facilitator: String?
        var inject: String?
        var reason: String?
        var text: String?
        var milestone: String?
        var step: String?
        var rating: String?
        var contact: String?
        var finding: String?
        var action: String?
        var owner: String?
        var due: String?
        var category: String?
        var runbook: String?

        init(op: String) { self.op = op }
    }

    /// The request as one line, without its newline.
    public var line: String {
        var wire = Wire(op: operation)
        switch self {
        case .attach(let facilitator): wire.facilitator = facilitator
        case .fire(let inject): wire.inject = inject
        case .pause(let reason), .resume(let reason): wire.reason = reason
        case .observe(let observation):
            wire.text = observation.text
            wire.milestone = observation.milestone
            wire.step = observation.step
            wire.rating = observation.rating
        case .answer(let contact): wire.contact = contact
        case .improve(let item):
            wire.finding = item.finding
            wire.action = item.action
            wire.owner = item.owner
            wire.due = item.due
            wire.category = item.category.rawValue
            wire.runbook = item.runbook
            wire.step = item.step
        case .end, .abort: break
        }
        return DrillControlCoding.line(wire)
    }

    /// Reads one request line; the reason in words when it is not one.
    public static func parse(_ line: some StringProtocol) -> Result<
        DrillControlRequest, DrillControlProblem
    > {
        guard let wire = try? JSONDecoder().decode(Wire.self, from: Data(line.utf8)) else {
            return .failure(.malformed("not a JSON object with an \"op\" member"))
        }
        func need(_ value: String?, _ name: String) -> Result<String, DrillControlProblem> {
            guard let value, !value.allSatisfy(\.isWhitespace) else {
                return .failure(.malformed("\"\(wire.op)\" needs \"\(name)\""))
            }
            return .success(value)
        }
        switch wire.op {
        case "attach": return need(wire.facilitator, "facilitator").map { .attach(facilitator: $0) }
        case "fire": return need(wire.inject, "inject").map { .fire(inject: $0) }
        case "pause": return .success(.pause(reason: wire.reason ?? ""))
        case "resume": return .success(.resume(reason: wire.reason ?? ""))
        case "observe":
            return need(wire.text, "text").map {
                .observe(
                    DrillSession.Observation(
                        text: $0, milestone: wire.milestone, step: wire.step, rating: wire.rating))
            }
        case "answer": return need(wire.contact, "contact").map { .answer(contact: $0) }
        case "improve":
            guard let category = wire.category.flatMap(ImprovementCategory.init(rawValue:)) else {
                let known = ImprovementCategory.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(.malformed("\"improve\" needs \"category\": one of \(known)"))
            }
            return need(wire.finding, "finding").flatMap { finding in
                need(wire.action, "action").flatMap { action in
                    need(wire.owner, "owner").flatMap { owner in
                        need(wire.due, "due").map { due in
                            .improve(
                                DrillSession.Improvement(
                                    finding: finding, action: action, owner: owner, due: due,
                                    category: category,
                                    runbook: wire.runbook, step: wire.step))
                        }
                    }
                }
            }
        case "end": return .success(.end)
        case "abort": return .success(.abort)
        default:
            return .failure(
                .malformed(
                    "unknown \"op\" '\(wire.op)' (attach, fire, pause, resume, observe, answer, improve, end, abort)"
                ))
        }
    }
}

/// One line from the player to the controller.
public enum DrillControlMessage: Sendable, Hashable {
    /// The answer to one request: done, or refused with the reason.
    case reply(operation: String, ok: Bool, message: String)
    case snapshot(DrillControlSnapshot)

    private struct Wire: Codable {
        var type: String
        var op: String?
        var ok: Bool?
        var message: String?
        var snapshot: DrillControlSnapshot?
    }

    public var line: String {
        switch self {
        case .reply(let operation, let ok, let message):
            return DrillControlCoding.line(
                Wire(type: "reply", op: operation, ok: ok, message: message))
        case .snapshot(let snapshot):
            return DrillControlCoding.line(Wire(type: "snapshot", snapshot: snapshot))
        }
    }

    public static func parse(_ line: some StringProtocol) -> DrillControlMessage? {
        guard let wire = try? JSONDecoder().decode(Wire.self, from: Data(line.utf8)) else {
            return nil
        }
        switch wire.type {
        case "reply":
            return .reply(
                operation: wire.op ?? "", ok: wire.ok ?? false, message: wire.message ?? "")
        case "snapshot": return wire.snapshot.map { .snapshot($0) }
        default: return nil
        }
    }
}

/// Why a request line was not acted on.
public enum DrillControlProblem: Error, Sendable, Hashable {
    case malformed(String)
    case tooLong(limit: Int)

    public var message: String {
        switch self {
        case .malformed(let reason): "malformed request: \(reason)"
        case .tooLong(let limit): "request line longer than \(limit) bytes; refused"
        }
    }
}

enum DrillControlCoding {
    /// One JSON line; members sorted, so equal values make equal lines.
    static func line(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
