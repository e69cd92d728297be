/// Did-you-mean: the known name closest to a misspelt one.
enum Suggestion {
    /// The candidate within a small edit distance of `word` (about one typo per
    /// three characters, at least two), or `nil` when none is that close.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, word.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != word && !candidate.isEmpty {
            let distance = editDistance(Array(word), Array(candidate))
            if distance <= limit && distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Levenshtein distance, counting an adjacent swap as one edit too.
    private static func editDistance(_ source: [Character], _ target: [Character]) -> Int {
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var before = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for row in 1...source.count {
            current[0] = row
            for column in 1...target.count {
                let substitution = source[row - 1] == target[column - 1] ? 0 : 1
                var distance = min(
                    previous[column] + 1, current[column - 1] + 1,
                    previous[column - 1] + substitution)
                if row > 1 && column > 1 && source[row - 1] == target[column - 2]
                    && source[row - 2] == target[column - 1]
                {
                    distance = min(distance, before[column - 2] + 1)
                }
                current[column] = distance
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[target.count]
    }
}
