/// Where a line may break: Japanese kinsoku shori plus breaks at spaces.
///
/// Between two wide (CJK) characters a break is allowed unless the next one
/// may not start a line (closing brackets, 、。, small kana, the long vowel
/// mark ー ...) or the previous one may not end a line (opening brackets).
/// Between two narrow characters a break is allowed only after a space, so
/// English words and numbers such as `LAN` or `1234` stay whole.
enum LineBreakRules {
    /// Characters that must not begin a line (行頭禁則).
    static let mayNotStartLine: Set<Character> = Set(
        "、。，．・：；？！ー‐–〜～…‥゠ゝゞヽヾ々〻"
            + "」』）］｝〕〉》】〙〗〟’”｠»"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
            + "｡､･ｰｧｨｩｪｫｬｭｮｯ｣ﾞﾟ"
            + ",.:;!?)]}%'\"")

    /// Characters that must not end a line (行末禁則).
    static let mayNotEndLine: Set<Character> = Set(
        "「『（［｛〔〈《【〘〖〝‘“｟«｢([{")

    /// Whether a line may break between `previous` and `next` (neither a space).
    static func mayBreak(between previous: Character, and next: Character) -> Bool {
        if mayNotStartLine.contains(next) || mayNotEndLine.contains(previous) {
            return false
        }
        return isIdeographicLike(previous) || isIdeographicLike(next)
    }

    /// Wide characters and halfwidth katakana break like ideographs.
    static func isIdeographicLike(_ character: Character) -> Bool {
        if DisplayWidth.of(character) >= 2 { return true }
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0xFF61...0xFF9F).contains(scalar.value)
    }

    /// Whether the character is breakable white space (not the ideographic space).
    static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t"
    }
}
