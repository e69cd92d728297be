import ActionJournal

/// Re-chaining a sealed journal as an attacker would: with no key (keeping the MACs
/// that were there), or with whatever keys they hold.
extension JournalLines {
    /// `mac` of line `index` (0-based), if it has one.
    func mac(_ index: Int) -> String? {
        guard let range = lines[index].range(of: ",\"mac\":\"", options: .backwards) else {
            return nil
        }
        return String(lines[index][range.upperBound...].prefix(64))
    }

    /// Whether line `index` is a `seal` record.
    func isSeal(_ index: Int) -> Bool {
        prefix(index).contains(",\"kind\":\"seal\",")
    }

    /// Recomputes `prev`, `h` and `mac` of every line from the first. A line's MAC is
    /// made with `macKey(index, epoch)` (epoch = seals before it); when that gives `nil`
    /// the line keeps the MAC it had.
    mutating func rechainSealed(macKey: (_ index: Int, _ epoch: Int) -> SealKey?) {
        let oldMACs = lines.indices.map(mac)
        rechain()
        var epoch = 0
        for index in lines.indices {
            let hashHex = String(lines[index].suffix(66).prefix(64))
            let mac =
                macKey(index, epoch).map {
                    ReferenceHMAC.hex(
                        SealDerivation.mac(key: $0, recordHash: ReferenceHMAC.bytes(hex: hashHex)))
                } ?? oldMACs[index]
            if let mac {
                lines[index] = String(lines[index].dropLast(2)) + "\",\"mac\":\"" + mac + "\"}"
            }
            if isSeal(index) { epoch += 1 }
        }
    }

    /// Replaces `old` with `new` in line `index`'s prefix, then `rechainSealed`.
    mutating func editSealed(
        line index: Int, replacing old: String, with new: String,
        macKey: (_ index: Int, _ epoch: Int) -> SealKey?
    ) {
        let tail = lines[index].dropFirst(prefix(index).count)
        lines[index] = prefix(index).replacingOccurrences(of: old, with: new) + tail
        rechainSealed(macKey: macKey)
    }

    /// Removes line `index` (0-based) and renumbers `seq` of the lines after it, as
    /// someone hiding a record would (the caller then re-chains).
    mutating func remove(line index: Int) {
        lines.remove(at: index)
        for later in index..<lines.count {
            lines[later] = lines[later].replacingOccurrences(
                of: ",\"seq\":\(later + 1),", with: ",\"seq\":\(later),")
        }
    }

    /// Removes every `mac` member, leaving `h` and `prev` as they are (still a valid chain).
    mutating func stripMACs() {
        for index in lines.indices {
            guard let range = lines[index].range(of: ",\"mac\":\"", options: .backwards) else {
                continue
            }
            lines[index] = String(lines[index][..<range.lowerBound]) + "}"
        }
    }
}
