/// The colours, shade characters and markers that pictures share.
public enum Palette {
    /// Series colours (Tableau 10), used in order for lines, bars and extra classes.
    public static let series: [Color] = [
        Color(31, 119, 180), Color(255, 127, 14), Color(44, 160, 44), Color(214, 39, 40),
        Color(148, 103, 189), Color(140, 86, 75), Color(227, 119, 194), Color(127, 127, 127),
        Color(188, 189, 34), Color(23, 190, 207),
    ]

    /// TensorFlow Playground's orange for class 0.
    public static let classZero = Color(245, 147, 34)
    /// TensorFlow Playground's blue for class 1.
    public static let classOne = Color(8, 119, 189)

    /// The colour of series `index` (cycling).
    public static func seriesColor(_ index: Int) -> Color {
        series[((index % series.count) + series.count) % series.count]
    }

    /// The colour of class `index`: Playground orange and blue first, then the series colours.
    public static func classColor(_ index: Int) -> Color {
        switch index {
        case 0: return classZero
        case 1: return classOne
        default: return seriesColor(index + 1)
        }
    }

    /// Marker characters for series when colour is off (cycling; all ASCII).
    public static let seriesMarkers: [Character] = ["*", "+", "o", "x", "#", "@", "%", "=", "&", "$"]
    /// Marker characters for classes of points when colour is off (cycling; all ASCII).
    public static let classMarkers: [Character] = ["o", "x", "+", "*", "#", "@", "%", "=", "&", "$"]

    /// The marker of series `index`.
    public static func seriesMarker(_ index: Int) -> Character {
        seriesMarkers[((index % seriesMarkers.count) + seriesMarkers.count) % seriesMarkers.count]
    }

    /// The marker of class `index`.
    public static func classMarker(_ index: Int) -> Character {
        classMarkers[((index % classMarkers.count) + classMarkers.count) % classMarkers.count]
    }

    /// Density characters from empty to full, for drawing intensity without colour.
    public static let shades: [Character] = [" ", "░", "▒", "▓", "█"]
    /// ASCII density characters from empty to full.
    public static let asciiShades: [Character] = [" ", ".", ":", "*", "#"]

    /// The density character for t in 0…1 (non-finite gives `?`).
    public static func shade(_ t: Double, asciiOnly: Bool) -> Character {
        guard t.isFinite else { return "?" }
        let chars = asciiOnly ? asciiShades : shades
        let i = Int((min(1, max(0, t)) * Double(chars.count - 1)).rounded())
        return chars[i]
    }

    /// Diverging blue–white–red (ColorBrewer RdBu): t = -1 blue, 0 white, +1 red.
    public static func diverging(_ t: Double) -> Color {
        let blue = Color(33, 102, 172), white = Color(247, 247, 247), red = Color(178, 24, 43)
        guard t.isFinite else { return Color(128, 128, 128) }
        return t < 0 ? white.mixed(with: blue, -t) : white.mixed(with: red, t)
    }

    /// Sequential white to dark blue: t = 0 white, 1 dark blue.
    public static func sequential(_ t: Double) -> Color {
        guard t.isFinite else { return Color(128, 128, 128) }
        return Color(247, 251, 255).mixed(with: Color(8, 48, 107), t)
    }

    /// Gray level: t = 0 black, 1 white.
    public static func gray(_ t: Double) -> Color {
        guard t.isFinite else { return Color(128, 0, 0) }
        return Color.black.mixed(with: .white, t)
    }

    /// Playground's region colour for probability p of class 1: orange below 0.5, blue above,
    /// white at 0.5, the intensity growing with the confidence |p − 0.5|·2.
    public static func region(_ p: Double) -> Color {
        guard p.isFinite else { return regionColor(winner: 0, confidence: .nan) }
        let q = min(1, max(0, p))
        return regionColor(winner: q < 0.5 ? 0 : 1, confidence: abs(q - 0.5) * 2)
    }

    /// The region colour where class `winner` is likeliest with `confidence` in 0…1: white
    /// mixed with the class colour, three quarters of the way at full confidence; grey when
    /// the confidence is not finite.
    public static func regionColor(winner: Int, confidence: Double) -> Color {
        guard confidence.isFinite else { return Color(128, 128, 128) }
        return Color(245, 245, 245).mixed(with: classColor(winner), min(1, max(0, confidence)) * 0.75)
    }

    /// A readable text colour (black or white) on `fill`.
    public static func textColor(on fill: Color) -> Color {
        fill.brightness > 0.55 ? .black : .white
    }
}
