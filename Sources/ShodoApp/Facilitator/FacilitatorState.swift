import Foundation
import Localization
import Notation
import RunSession
import TerminalUI

/// Everything the facilitator's screen (`shodo drill control`) shows: the player's last
/// snapshot, the answer to the last request, and the form being filled in, if any.
public struct FacilitatorState: Sendable {
    public var journal: String
    public var facilitator: String
    public var language: Language
    /// The offset the drill journal recorded: the tail's times are shown in it.
    public var offset: RecordedOffset
    public private(set) var snapshot: DrillControlSnapshot?
    /// Wall time (µs) the snapshot arrived: the drill clock runs on from it.
    public private(set) var snapshotWall: Int64 = 0
    /// The player's answer to the last request, or what the screen itself has to say.
    public var status: StatusMessage?
    public var form: FacilitatorForm?
    /// The player's process closed the socket (the drill ended, or the player stopped).
    public var playerGone = false
    public var wantsToQuit = false

    public init(journal: String, facilitator: String, language: Language, offset: RecordedOffset) {
        self.journal = journal
        self.facilitator = facilitator
        self.language = language
        self.offset = offset
    }

    var text: UIText { UIText(language: language) }

    /// Takes in what the player sent, received at `wall`.
    public mutating func take(_ messages: [DrillControlMessage], atWall wall: Int64) {
        for message in messages {
            switch message {
            case .snapshot(let snapshot):
                self.snapshot = snapshot
                snapshotWall = wall
            case .reply(_, let ok, let message):
                status = StatusMessage(message, isError: !ok)
            }
        }
    }

    /// The drill clock at `wall`: the snapshot's, moved on while the clock runs.
    public func drillSeconds(atWall wall: Int64) -> Int {
        guard let snapshot else { return 0 }
        guard snapshot.clockRunning, !snapshot.drillEnded else { return snapshot.drillSeconds }
        return snapshot.drillSeconds + Int(max(0, wall - snapshotWall) / 1_000_000)
    }
}
