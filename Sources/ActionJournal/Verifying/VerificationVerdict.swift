import JournalVocabulary
import Localization

/// What a verification proved and what it did not, in the words every view uses.
///
/// docs/journal.md "What a view may claim": the chain is always checked, the end
/// only with a verification code (`--expect`), the seals only with the key (`--key`).
/// Every output — `review`, `journal show`, the exports, `merge`, the terminal UI's
/// browser — takes its headline and its row marks from here, so none of them can say
/// "intact" of what was not checked.
public struct VerificationVerdict: Sendable, Hashable {
    /// The chain: hashes, links, `jid`, `seq`, clocks (and, with the key, the MACs).
    public enum Chain: Sendable, Hashable {
        /// Every complete line verified.
        case intact(lines: Int)
        /// The first bad line; `linesVerified` lines before it verified.
        case broken(VerificationFailure, linesVerified: Int)
    }

    /// The end of the journal, checked only against a code noted at the time.
    public enum End: Sendable, Hashable {
        /// No code was given: lines could have been cut from the end.
        case notChecked
        /// The code is that of `line`; `lastLine` is the last line verified.
        case covered(line: Int, lastLine: Int)
        /// Every line verified and none has the code: mistyped, or the end was cut.
        case noLineHasCode(VerificationCode)
        /// The chain broke before a line with the code was reached.
        case notReached
    }

    /// The seal state and what the key showed.
    public enum Seals: Sendable, Hashable {
        /// Written without sealing (no MAC, no `key_commitment`), no key given.
        case neverSealed
        /// Sealed, but no key was given, so no MAC was checked.
        case notChecked
        /// Every MAC checked with the key; `seals` epochs closed; lines from
        /// `openFrom` to `lastLine` come after the last seal.
        case verified(seals: Int, openFrom: Int?, lastLine: Int)
        /// `journal.open` commits to a key but the lines carry no MAC.
        case stripped
        /// A key was given to a journal with no MAC and no commitment.
        case keyButNoMACs
        /// A MAC, the commitment or a seal failed at `line`.
        case broken(line: Int)
        /// A key was given; the chain broke before the MACs after it could be checked.
        case checkedUntilBreak
    }

    /// How the headline is marked: green only when the end was proven.
    public enum Level: Sendable, Hashable {
        /// Chain and end (through the last line) proven.
        case proven
        /// Nothing failed, but something was not checked.
        case partlyChecked
        /// A line failed, or no line has the code.
        case failed
    }

    /// The chain's claim.
    public let chain: Chain
    /// The end's claim.
    public let end: End
    /// The seals' claim.
    public let seals: Seals

    /// The claims `report` supports.
    public init(_ report: VerificationReport) {
        let verified = report.linesVerified
        if let failure = report.firstError {
            chain = .broken(failure, linesVerified: verified)
        } else {
            chain = .intact(lines: verified)
        }
        if let line = report.expectedCodeLine {
            end = .covered(line: line, lastLine: verified)
        } else if let code = report.expectedCode {
            end = report.firstError == nil ? .noLineHasCode(code) : .notReached
        } else {
            end = .notChecked
        }
        seals = Self.seals(report)
    }

    private static func seals(_ report: VerificationReport) -> Seals {
        if let failure = report.firstError {
            switch failure.problem {
            case .macsStripped: return .stripped
            case .notSealedButKeyGiven: return .keyButNoMACs
            case .wrongKey, .keyCommitmentMismatch, .macMismatch, .macFromLaterEpoch, .missingSeal:
                return .broken(line: failure.line)
            default:
                if report.checkedWithKey { return .checkedUntilBreak }
            }
        } else if report.checkedWithKey {
            return .verified(
                seals: report.sealsVerified, openFrom: report.openEpochFirstLine,
                lastLine: report.linesVerified)
        }
        return report.isSealed ? .notChecked : .neverSealed
    }

    /// The first line whose row is unproven (it and every row after it), if any.
    public var firstUnprovenLine: Int? {
        guard case .broken(let failure, _) = chain else { return nil }
        return failure.line
    }

    /// Whether the row of journal line `line` comes at or after the first bad line.
    public func isUnproven(line: Int) -> Bool {
        firstUnprovenLine.map { line >= $0 } ?? false
    }

    /// Green, amber or red.
    public var level: Level {
        if case .broken = chain { return .failed }
        if case .noLineHasCode = end { return .failed }
        if case .covered(let line, let lastLine) = end, line == lastLine { return .proven }
        return .partlyChecked
    }

    /// The headline: the chain, the end and the seals, each saying what was checked.
    public func headline(_ language: Language) -> String {
        claims(language).joined(separator: language == .japanese ? "。" : "; ")
            + (language == .japanese ? "。" : ".")
    }

    /// The three claims, chain first, each a sentence without its full stop.
    public func claims(_ language: Language) -> [String] {
        [chainClaim(language), endClaim(language), sealClaim(language)]
    }

    /// The short English verdict every exported row carries (`journal_verdict`).
    public var word: String {
        if let line = firstUnprovenLine { return VerdictWord.notIntact(fromLine: line).english }
        if case .noLineHasCode = end { return VerdictWord.noLineHasCode.english }
        let endWord: String
        switch end {
        case .covered(let line, let lastLine):
            endWord = line == lastLine ? "end checked" : "end checked to line \(line)"
        default: endWord = "end not checked"
        }
        let sealWord: String
        switch seals {
        case .neverSealed: sealWord = "never sealed"
        case .verified: sealWord = "seals checked"
        default: sealWord = "seals not checked"
        }
        return "chain intact, \(endWord), \(sealWord)"
    }

    /// The verdict of the row of journal line `line`: `UNPROVEN …` from the first bad line on.
    public func rowWord(line: Int) -> String {
        guard let bad = firstUnprovenLine, line >= bad else { return word }
        return "UNPROVEN: at or after the first bad line \(bad)"
    }

    private func chainClaim(_ language: Language) -> String {
        let ja = language == .japanese
        switch chain {
        case .intact(let lines):
            return ja ? "連鎖は改ざんなし（1〜\(lines)行目）" : "chain intact (lines 1-\(lines))"
        case .broken(let failure, let verified):
            let before =
                verified > 0
                ? (ja ? "。1〜\(verified)行目は確認済み" : "lines 1-\(verified) verified; ")
                : ""
            return ja
                ? "検証 NG：\(failure.line)行目から先は未証明です（\(failure.problem)）\(before)"
                : "NOT INTACT from line \(failure.line): \(failure.problem) (\(before)rows from line \(failure.line) on are unproven)"
        }
    }

    private func endClaim(_ language: Language) -> String {
        let ja = language == .japanese
        switch end {
        case .notChecked:
            return ja ? "末尾は未確認（検証コードの指定なし）" : "end not checked — no verification code given"
        case .covered(let line, let lastLine) where line == lastLine:
            return ja
                ? "末尾も確認済み（検証コードが最終行 \(line)行目と一致）"
                : "end checked — the verification code matches the last line (\(line))"
        case .covered(let line, let lastLine):
            return ja
                ? "\(line)行目まで検証コードで確認済み（\(line + 1)〜\(lastLine)行目はコードの対象外）"
                : "end checked up to line \(line) — the code matches line \(line); lines \(line + 1)-\(lastLine) are not covered by it"
        case .noLineHasCode(let code):
            return ja
                ? "この検証コード（\(code)）に一致する行はありません — 写し間違いがないか確かめてください。合っていれば末尾が切り取られています"
                : "no line has this code (\(code)) — check it was copied correctly, or the end was cut"
        case .notReached:
            return ja
                ? "末尾は未確認（最初の不正な行より前に検証コードの行がありません）"
                : "end not proven — no line before the first bad line has the code"
        }
    }

    private func sealClaim(_ language: Language) -> String {
        let ja = language == .japanese
        switch seals {
        case .neverSealed:
            return ja ? "封印なし（書き換えを見分けられません）" : "never sealed — a rewrite cannot be told apart"
        case .notChecked:
            return ja ? "封印あり・未確認（鍵の指定なし）" : "sealed; seals not checked — no key given"
        case .verified(let count, let openFrom, let lastLine):
            let open =
                openFrom.map { first in
                    ja
                        ? "。\(first)〜\(lastLine)行目は最後の封印の後で、鍵では守られていません"
                        : "; lines \(first)-\(lastLine) come after the last seal and are not covered by it"
                } ?? ""
            return
                (ja
                ? "封印を鍵で確認済み（封印 \(count) 個）"
                : "seals checked with the key (\(count) seal\(count == 1 ? "" : "s"))") + open
        case .stripped:
            return ja
                ? "封印（MAC）が剥がされています（封印された記録なのに MAC がありません）"
                : "MACs stripped — journal.open says it was sealed but its lines carry no MAC"
        case .keyButNoMACs:
            return ja
                ? "鍵を指定しましたが MAC がありません（封印されていないか、MAC と鍵の記録が剥がされています）"
                : "no MACs although a key was given — never sealed, or its MACs and key commitment were stripped"
        case .broken(let line):
            return ja ? "封印の確認に失敗（\(line)行目）" : "seal check failed at line \(line)"
        case .checkedUntilBreak:
            return ja
                ? "封印は最初の不正な行の手前まで鍵で確認" : "seals checked with the key up to the first bad line"
        }
    }
}
