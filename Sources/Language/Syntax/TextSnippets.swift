/// Shortens user text quoted in a message so a 100 KB word cannot flood the terminal.
func abbreviate(_ text: String, limit: Int = 40) -> String {
    if text.unicodeScalars.count <= limit { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars.prefix(limit) { scalars.append(scalar) }
    return String(scalars) + "…"
}

/// Formats a number the way a user would type it: `16`, `0.03`, `1e-05`.
func formatNumber(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
        return String(Int64(value))
    }
    return "\(value)"
}

/// Joins words as "a, b, c".
func listing(_ words: [String]) -> String {
    words.joined(separator: ", ")
}
