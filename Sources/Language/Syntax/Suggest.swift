/// "Did you mean …?": the nearest known word to a misspelt one.
public enum Suggest {
    /// The candidate nearest to `word` by Damerau–Levenshtein distance (optimal string
    /// alignment, case-insensitive), or `nil` when none is close enough.
    ///
    /// The cutoff grows with the word: 1 edit for words of up to 3 letters, 2 up to 6, then 3,
    /// and fewer edits than the longer word has letters.
    /// When no candidate is that close, a candidate that starts with `word` (3+ letters) is
    /// offered. Ties go to the earlier candidate.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let lowered = Array(word.lowercased().unicodeScalars)
        if lowered.isEmpty { return nil }
        let cutoff = lowered.count <= 3 ? 1 : (lowered.count <= 6 ? 2 : 3)
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let c = Array(candidate.lowercased().unicodeScalars)
            if abs(c.count - lowered.count) > cutoff { continue }
            let d = distance(lowered, c)
            if d == 0 { return candidate }
            // Changing every letter is no suggestion (`y` is not a typo of `q`).
            if d <= cutoff, d < Swift.max(lowered.count, c.count), d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        if let best { return best.word }
        if lowered.count >= 3 {
            let prefix = String(String.UnicodeScalarView(lowered))
            return candidates.first { $0.lowercased().hasPrefix(prefix) }
        }
        return nil
    }

    /// The optimal-string-alignment distance between two words (insertions, deletions,
    /// substitutions and transpositions of adjacent letters each cost 1), case-sensitive.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = Swift.min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
