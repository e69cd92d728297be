import Foundation
import Localization

/// Why the control socket could not be opened (player) or attached to (controller),
/// naming the file; in the user's language.
public enum DrillControlError: Error, Sendable, Hashable {
    /// The journal is not a drill's: a real incident has no facilitator view.
    case notADrill(journal: String)
    /// The drill has ended (`drill.ended` or `journal.close`): nothing to control.
    case finished(journal: String)
    /// No player has the socket open (none, or a stale one of a dead player).
    case noPlayer(socket: String)
    /// The socket belongs to another user.
    case otherUser(socket: String, owner: UInt32)
    /// Something that is not a stale control socket is in the way.
    case pathTaken(socket: String)
    /// A live player already listens there.
    case playerRunning(socket: String)
    /// The player refused the attach (another facilitator is attached).
    case refused(String)
    /// The player did not answer in time, or the connection broke.
    case lost(socket: String)
    case system(socket: String, call: String, errno: Int32)

    public func message(language: Language) -> String {
        let ja = language == .japanese
        switch self {
        case .notADrill(let journal):
            return ja
                ? "\(journal) は訓練の記録ではありません（DRILL- で始まり journal.open に drill: true と scenario がある記録だけに接続できます）。実際のインシデントの記録には進行役の画面はありません。"
                : "\(journal) is not a drill's journal (only a DRILL-… journal whose journal.open says drill: true and names a scenario can be controlled); a real incident's journal has no facilitator view."
        case .finished(let journal):
            return ja
                ? "\(journal) の訓練はすでに終了しています。報告書: shodo drill report \(journal)"
                : "The drill in \(journal) has already ended; there is nothing to control. Its report: shodo drill report \(journal)"
        case .noPlayer(let socket):
            return ja
                ? "この訓練を実行しているプレイヤーがいません（\(socket) に応答がありません）。プレイヤーの端末で shodo drill または shodo resume を実行してください。"
                : "No player is running this drill (nothing answers at \(socket)). Start it with shodo drill, or resume it with shodo resume, in the player's terminal."
        case .otherUser(let socket, let owner):
            return ja
                ? "\(socket) は別のユーザー（uid \(owner)）のものです。プレイヤーと同じユーザーで接続してください。"
                : "\(socket) belongs to another user (uid \(owner)); attach as the same user as the player."
        case .pathTaken(let socket):
            return ja
                ? "\(socket) に操作用ソケット以外のものがあります。移動または削除してから始めてください。"
                : "\(socket) exists and is not a stale control socket of this user; move it away and start again."
        case .playerRunning(let socket):
            return ja
                ? "別のプレイヤーがこの訓練を実行中です（\(socket)）。"
                : "Another player process is already running this drill (\(socket) answers)."
        case .refused(let reason):
            return (ja ? "接続を断られました: " : "Refused by the player: ") + reason
        case .lost(let socket):
            return ja
                ? "プレイヤーとの接続が切れました（\(socket)）。"
                : "The connection to the player was lost (\(socket))."
        case .system(let socket, let call, let code):
            return "\(socket): \(call): \(String(cString: strerror(code)))"
        }
    }
}

extension DrillControlError {
    init(_ failure: ControlSocket.Failure, socket: String) {
        switch failure {
        case .system(let call, let code): self = .system(socket: socket, call: call, errno: code)
        case .pathTooLong: self = .system(socket: socket, call: "bind", errno: ENAMETOOLONG)
        }
    }
}
