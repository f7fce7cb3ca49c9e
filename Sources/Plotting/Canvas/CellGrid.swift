/// A rectangle of character cells, each with an optional foreground and background colour,
/// rendered to text in one pass over a UTF-8 byte buffer.
///
/// A wide character (display width 2) occupies its cell and the next one; the second cell is
/// marked as a continuation and emits nothing.
public struct CellGrid: Sendable {
    /// Width in cells.
    public let width: Int
    /// Height in cells (lines).
    public let height: Int
    var chars: [Character]
    var fg: [Color?]
    var bg: [Color?]

    /// The marker stored in the second cell of a wide character.
    static let continuation: Character = "\u{0}"

    /// Creates a grid of spaces with no colour.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        let n = self.width * self.height
        chars = Array(repeating: " ", count: n)
        fg = Array(repeating: nil, count: n)
        bg = Array(repeating: nil, count: n)
    }

    /// The character at a cell (a space outside the grid).
    public func character(x: Int, y: Int) -> Character {
        guard x >= 0, y >= 0, x < width, y < height else { return " " }
        return chars[y * width + x]
    }

    /// Sets one cell (ignored outside the grid). A wide character also claims the next cell,
    /// and is replaced by a space when it would not fit.
    public mutating func put(_ c: Character, x: Int, y: Int, fg: Color? = nil, bg: Color? = nil) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        let w = c.isASCII ? 1 : DisplayWidth.of(c)
        if w == 2 {
            guard x + 1 < width else {
                set(i, " ", fg, bg)
                return
            }
            set(i, c, fg, bg)
            set(i + 1, CellGrid.continuation, fg, bg)
        } else if w == 0 {
            set(i, " ", fg, bg)
        } else {
            set(i, c, fg, bg)
        }
    }

    private mutating func set(_ i: Int, _ c: Character, _ f: Color?, _ b: Color?) {
        chars[i] = c
        fg[i] = f
        bg[i] = b
    }

    /// Sets only the background colour of a cell.
    public mutating func setBackground(_ color: Color?, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        bg[y * width + x] = color
    }

    /// Writes `text` from (x, y) to the right, clipped at the grid's edge; returns the number of
    /// cells used. Zero-width characters are skipped.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, fg: Color? = nil, bg: Color? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        var col = x
        for c in text {
            let w = c.isASCII ? 1 : DisplayWidth.of(c)
            if w == 0 { continue }
            if col + w > width { break }
            if col >= 0 { put(c, x: col, y: y, fg: fg, bg: bg) }
            col += w
        }
        return col - x
    }

    /// The grid as text: one line per row, trailing blank uncoloured cells dropped, escape codes
    /// only where the colour changes and only when `mode` has colour.
    public func render(_ mode: ColorMode) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(width * height * (mode.hasColor ? 8 : 3) + height)
        appendRendering(mode, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the rendering to a byte buffer (see `render(_:)`).
    func appendRendering(_ mode: ColorMode, to out: inout [UInt8]) {
        let colored = mode.hasColor
        for y in 0..<height {
            if y > 0 { out.append(0x0A) }
            let rowStart = y * width
            var end = width
            while end > 0 {
                let i = rowStart + end - 1
                if chars[i] == " " && (!colored || bg[i] == nil) { end -= 1 } else { break }
            }
            var curFg: Color? = nil
            var curBg: Color? = nil
            for x in 0..<end {
                let i = rowStart + x
                let c = chars[i]
                if c == CellGrid.continuation { continue }
                if colored {
                    let f = c == " " ? curFg : fg[i]
                    let b = bg[i]
                    if f != curFg || b != curBg {
                        if (curFg != nil && f == nil) || (curBg != nil && b == nil) {
                            ANSI.appendReset(to: &out)
                            curFg = nil
                            curBg = nil
                        }
                        if let f, f != curFg { ANSI.append(f, mode: mode, background: false, to: &out) }
                        if let b, b != curBg { ANSI.append(b, mode: mode, background: true, to: &out) }
                        curFg = f
                        curBg = b
                    }
                }
                if let a = c.asciiValue {
                    out.append(a)
                } else {
                    out.append(contentsOf: c.utf8)
                }
            }
            if colored && (curFg != nil || curBg != nil) { ANSI.appendReset(to: &out) }
        }
    }
}
