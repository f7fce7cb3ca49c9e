/// The characters that draw axes, frames and arrows, in Unicode or ASCII.
struct AxisGlyphs: Sendable {
    let vertical: Character
    let horizontal: Character
    let yTick: Character
    let xTick: Character
    let corner: Character
    let topLeft: Character
    let topRight: Character
    let bottomLeft: Character
    let bottomRight: Character
    let arrowDown: Character

    static let unicode = AxisGlyphs(
        vertical: "│", horizontal: "─", yTick: "┤", xTick: "┬", corner: "└",
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", arrowDown: "▼")
    static let ascii = AxisGlyphs(
        vertical: "|", horizontal: "-", yTick: "+", xTick: "+", corner: "+",
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", arrowDown: "v")

    /// Whether these are the ASCII glyphs.
    var isASCII: Bool { vertical == "|" }

    static func forOptions(_ o: RenderOptions) -> AxisGlyphs { o.asciiOnly ? .ascii : .unicode }
}
