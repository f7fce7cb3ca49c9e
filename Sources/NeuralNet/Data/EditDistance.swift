/// Did-you-mean support: the closest of a few names to what the user typed.
enum EditDistance {
    /// The Levenshtein distance between `a` and `b` (insertions, deletions and
    /// substitutions of characters each cost 1).
    static func levenshtein(_ a: String, _ b: String) -> Int {
        let s = Array(a)
        let t = Array(b)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var previous = Array(0...t.count)
        var current = Array(repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            for j in 1...t.count {
                let substitution = previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[t.count]
    }

    /// The candidate closest to `word` ignoring case, if it is close enough to be a likely
    /// typo: at most max(2, a third of the word's length) edits away. Ties go to the
    /// earlier candidate.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let w = word.lowercased()
        var best: (name: String, distance: Int)?
        for c in candidates {
            let d = levenshtein(w, c.lowercased())
            if let b = best, b.distance <= d { continue }
            best = (c, d)
        }
        guard let b = best, b.distance <= max(2, w.count / 3) else { return nil }
        return b.name
    }
}
