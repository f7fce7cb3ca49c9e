/// One entry of a legend: a sample (marker or line piece) in a colour, and a name.
struct LegendEntry: Sendable {
    var sample: String
    var color: Color?
    var name: String
}

/// Lays legend entries out in as few lines as fit the width, three spaces apart.
enum Legend {
    static func lines(_ entries: [LegendEntry], width: Int, mode: ColorMode, asciiOnly: Bool) -> [String] {
        var out: [String] = []
        var current = ""
        var used = 0
        for e in entries {
            let name = DisplayWidth.truncate(e.name, to: max(1, width - DisplayWidth.of(e.sample) - 1), asciiOnly: asciiOnly)
            let w = DisplayWidth.of(e.sample) + 1 + DisplayWidth.of(name)
            var sample = e.sample
            if let c = e.color, mode.hasColor { sample = ANSI.colored(sample, c, mode: mode) }
            let piece = sample + " " + name
            if used > 0 && used + 3 + w > width {
                out.append(current)
                current = ""
                used = 0
            }
            if used > 0 {
                current += "   "
                used += 3
            }
            current += piece
            used += w
        }
        if used > 0 { out.append(current) }
        return out
    }
}
