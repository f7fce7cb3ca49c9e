/// What a picture could not draw, said in plain words under the picture
/// (`note: 2 points not drawn: not finite`).
struct Notes: Sendable {
    private(set) var lines: [String] = []

    /// Adds a free-form note.
    mutating func add(_ text: String) {
        if !lines.contains(text) { lines.append(text) }
    }

    /// Adds "N point(s) not drawn: reason" when n > 0.
    mutating func notDrawn(_ n: Int, _ what: String, reason: String) {
        guard n > 0 else { return }
        add("\(n) \(what)\(n == 1 ? "" : "s") not drawn: \(reason)")
    }

    /// The notes as text lines, each prefixed with `note: ` and cut to `width`.
    /// Long notes wrap at spaces onto lines indented under the first (from 20 columns up;
    /// narrower, they are cut).
    func rendered(width: Int, asciiOnly: Bool) -> [String] {
        var out: [String] = []
        for note in lines {
            var current = "note:"
            var used = 5
            for word in note.split(separator: " ") {
                let w = DisplayWidth.of(word)
                if width >= 20 && used + 1 + w > width && used > 6 {
                    out.append(current)
                    current = "     "
                    used = 5
                }
                current += " " + word
                used += 1 + w
            }
            out.append(DisplayWidth.truncate(current, to: width, asciiOnly: asciiOnly))
        }
        return out
    }
}
