/// Bytes from a control socket cut into lines, never holding more than one line's
/// limit: a line longer than `limit` is reported once as too long and the rest of it,
/// up to its newline, is dropped as it arrives.
struct ControlLineBuffer {
    enum Piece: Equatable {
        case line(String)
        case tooLong
    }

    let limit: Int
    private var pending: [UInt8] = []
    private var skippingRestOfLine = false

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes in `bytes` and returns the lines they complete, in order.
    mutating func take(_ bytes: [UInt8]) -> [Piece] {
        var pieces: [Piece] = []
        var rest = bytes[...]
        while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
            if skippingRestOfLine {
                skippingRestOfLine = false
            } else if pending.count + (newline - rest.startIndex) > limit {
                pieces.append(.tooLong)
            } else {
                pending += rest[..<newline]
                pieces.append(.line(String(decoding: pending, as: UTF8.self)))
            }
            pending.removeAll(keepingCapacity: true)
            rest = rest[(newline + 1)...]
        }
        guard !skippingRestOfLine else { return pieces }
        if pending.count + rest.count > limit {
            pieces.append(.tooLong)
            pending.removeAll()
            skippingRestOfLine = true
        } else {
            pending += rest
        }
        return pieces
    }
}
