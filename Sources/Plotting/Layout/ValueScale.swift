/// Maps values onto colours and density characters: diverging (blue–white–red, centred on 0)
/// when any value is negative, sequential (white to blue) otherwise, or gray.
struct ValueScale: Sendable {
    enum Kind: Sendable { case diverging, sequential, gray }
    let kind: Kind
    /// The lowest value of the scale (−m for diverging).
    let lo: Double
    /// The highest value of the scale (+m for diverging).
    let hi: Double

    /// A scale fitted to `values` (non-finite ones ignored); `kind` nil picks diverging when any
    /// value is negative.
    init<S: Sequence>(values: S, kind: Kind?) where S.Element == Double {
        var mn = Double.infinity, mx = -Double.infinity
        for v in values where v.isFinite {
            mn = min(mn, v)
            mx = max(mx, v)
        }
        if mn > mx { mn = 0; mx = 1 }
        let k = kind ?? (mn < 0 ? .diverging : .sequential)
        self.kind = k
        switch k {
        case .diverging:
            var m = max(abs(mn), abs(mx))
            if m == 0 { m = 1 }
            lo = -m
            hi = m
        case .sequential, .gray:
            var a = min(0, mn), b = mx
            if k == .gray { a = mn }
            if a == b { b = a + 1 }
            lo = a
            hi = b
        }
    }

    /// Position of v in lo…hi as 0…1 (NaN stays NaN).
    func fraction(_ v: Double) -> Double {
        guard v.isFinite else { return v.isNaN ? .nan : (v > 0 ? 1 : 0) }
        return min(1, max(0, (v - lo) / (hi - lo)))
    }

    /// The colour of v.
    func color(_ v: Double) -> Color {
        guard !v.isNaN else { return Color(128, 128, 128) }
        let t = fraction(v)
        switch kind {
        case .diverging: return Palette.diverging(t * 2 - 1)
        case .sequential: return Palette.sequential(t)
        case .gray: return Palette.gray(t)
        }
    }

    /// The density character of v.
    func shade(_ v: Double, asciiOnly: Bool) -> Character {
        Palette.shade(fraction(v), asciiOnly: asciiOnly)
    }

    /// A one-line legend: a colour bar (or the density characters) between the end values.
    func legend(width: Int, mode: ColorMode, asciiOnly: Bool) -> String {
        let loText = NumberFormat.compact(lo), hiText = NumberFormat.compact(hi)
        if !mode.hasColor {
            let chars = String(asciiOnly ? Palette.asciiShades : Palette.shades)
            let core = "\(loText) [\(chars)] \(hiText)"
            let full = "scale: " + core
            return DisplayWidth.truncate(DisplayWidth.of(full) <= width ? full : core, to: width, asciiOnly: asciiOnly)
        }
        let ends = DisplayWidth.of(loText) + DisplayWidth.of(hiText) + 2
        let prefix = width >= ends + 7 + 8 ? "scale: " : ""
        let barWidth = max(1, min(24, width - ends - prefix.count))
        var bytes: [UInt8] = Array((prefix + loText + " ").utf8)
        for i in 0..<barWidth {
            let t = Double(i) / Double(max(1, barWidth - 1))
            ANSI.append(color(lo + t * (hi - lo)), mode: mode, background: true, to: &bytes)
            bytes.append(0x20)
        }
        ANSI.appendReset(to: &bytes)
        bytes.append(contentsOf: (" " + hiText).utf8)
        return String(decoding: bytes, as: UTF8.self)
    }
}
