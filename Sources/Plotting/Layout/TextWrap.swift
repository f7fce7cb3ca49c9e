/// Breaks text into lines of at most a given display width, at spaces where it can: titles
/// are wrapped, never cut.
public enum TextWrap {
    /// The lines of `text` no wider than `width` columns (at least 1). Words longer than a
    /// line are broken inside; existing line breaks are kept; an empty text gives no lines.
    public static func lines(_ text: String, width: Int) -> [String] {
        let limit = max(1, width)
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var rest = Substring(word)
                var w = DisplayWidth.of(rest)
                if used > 0 && used + 1 + w <= limit {
                    line += " " + rest
                    used += 1 + w
                    continue
                }
                if used > 0 {
                    out.append(line)
                    line = ""
                    used = 0
                }
                while w > limit {
                    var piece = ""
                    var pw = 0
                    while let c = rest.first, pw + DisplayWidth.of(c) <= limit || piece.isEmpty {
                        piece.append(c)
                        pw += DisplayWidth.of(c)
                        rest.removeFirst()
                    }
                    out.append(piece)
                    w = DisplayWidth.of(rest)
                }
                line = String(rest)
                used = w
            }
            if used > 0 || paragraph.isEmpty { out.append(line) }
        }
        if text.isEmpty { return [] }
        return out
    }
}
