/// A 24-bit sRGB colour.
public struct Color: Sendable, Hashable {
    /// Red, 0…255.
    public var r: UInt8
    /// Green, 0…255.
    public var g: UInt8
    /// Blue, 0…255.
    public var b: UInt8

    /// Creates a colour from its three 8-bit channels.
    public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// The colour as `#rrggbb`, for SVG.
    public var hex: String {
        let digits: [Character] = Array("0123456789abcdef")
        var out = "#"
        for v in [r, g, b] {
            out.append(digits[Int(v >> 4)])
            out.append(digits[Int(v & 15)])
        }
        return out
    }

    /// Linear interpolation from `self` (t = 0) to `other` (t = 1); t is clamped to 0…1.
    public func mixed(with other: Color, _ t: Double) -> Color {
        let u = t.isFinite ? min(1, max(0, t)) : 0
        func ch(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * u).rounded())
        }
        return Color(ch(r, other.r), ch(g, other.g), ch(b, other.b))
    }

    /// Relative brightness in 0…1 (Rec. 601 weights), used to pick readable text on a fill.
    public var brightness: Double {
        (0.299 * Double(r) + 0.587 * Double(g) + 0.114 * Double(b)) / 255
    }

    /// Black.
    public static let black = Color(0, 0, 0)
    /// White.
    public static let white = Color(255, 255, 255)

    /// The nearest entry of the xterm 256-colour palette (the 6×6×6 cube or the gray ramp).
    public var ansi256Index: Int {
        let levels: [Int] = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ v: UInt8) -> Int {
            var best = 0
            for i in 1..<6 where abs(levels[i] - Int(v)) < abs(levels[best] - Int(v)) { best = i }
            return best
        }
        let ri = nearestLevel(r), gi = nearestLevel(g), bi = nearestLevel(b)
        let cube = Color(UInt8(levels[ri]), UInt8(levels[gi]), UInt8(levels[bi]))
        let avg = (Int(r) + Int(g) + Int(b)) / 3
        let grayStep = min(23, max(0, (avg - 8 + 5) / 10))
        let grayLevel = UInt8(8 + 10 * grayStep)
        let gray = Color(grayLevel, grayLevel, grayLevel)
        if distance(to: gray) < distance(to: cube) { return 232 + grayStep }
        return 16 + 36 * ri + 6 * gi + bi
    }

    /// The nearest of the 16 standard terminal colours (xterm defaults), 0…15.
    public var ansi16Index: Int {
        var best = 0
        var bestDistance = Int.max
        for (i, c) in Color.ansi16Palette.enumerated() {
            let d = distance(to: c)
            if d < bestDistance {
                bestDistance = d
                best = i
            }
        }
        return best
    }

    /// The xterm default values of the 16 standard colours.
    static let ansi16Palette: [Color] = [
        Color(0, 0, 0), Color(205, 0, 0), Color(0, 205, 0), Color(205, 205, 0),
        Color(0, 0, 238), Color(205, 0, 205), Color(0, 205, 205), Color(229, 229, 229),
        Color(127, 127, 127), Color(255, 0, 0), Color(0, 255, 0), Color(255, 255, 0),
        Color(92, 92, 255), Color(255, 0, 255), Color(0, 255, 255), Color(255, 255, 255),
    ]

    /// Squared Euclidean distance in RGB.
    func distance(to o: Color) -> Int {
        let dr = Int(r) - Int(o.r), dg = Int(g) - Int(o.g), db = Int(b) - Int(o.b)
        return dr * dr + dg * dg + db * db
    }
}
