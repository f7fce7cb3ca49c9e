/// A dot canvas drawn with braille characters: each cell holds 2×4 dots, so a canvas of
/// `columns × rows` cells has `2·columns × 4·rows` dots. Each cell remembers which layers
/// (series or classes) drew into it, for its colour or, without colour, its marker: where
/// several did (two curves on top of each other), neighbouring cells take turns showing each,
/// so no layer hides another.
public struct BrailleCanvas: Sendable {
    /// Width in cells.
    public let columns: Int
    /// Height in cells.
    public let rows: Int
    var bits: [UInt8]
    var owner: [Int16]
    /// Per cell, the layers 0…63 that drew into it (one bit each).
    var layers: [UInt64]

    /// Creates an empty canvas.
    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        owner = Array(repeating: -1, count: self.columns * self.rows)
        layers = Array(repeating: 0, count: self.columns * self.rows)
    }

    /// Width in dots.
    public var dotWidth: Int { columns * 2 }
    /// Height in dots.
    public var dotHeight: Int { rows * 4 }

    /// Dot bits of a braille cell, indexed [row][column] within the cell.
    static let dotBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// Turns on the dot at (x, y), counted from the top left; ignored outside the canvas.
    public mutating func set(x: Int, y: Int, layer: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let i = (y / 4) * columns + x / 2
        bits[i] |= BrailleCanvas.dotBits[y % 4][x % 2]
        owner[i] = Int16(truncatingIfNeeded: layer)
        if layer >= 0 && layer < 64 { layers[i] |= 1 << UInt64(layer) }
    }

    /// Draws a straight line of dots between two dot positions (Bresenham).
    public mutating func line(x0: Int, y0: Int, x1: Int, y1: Int, layer: Int) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        var steps = 0
        let limit = dx - dy + 2
        while steps <= limit {
            set(x: x, y: y, layer: layer)
            if x == x1 && y == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
            steps += 1
        }
    }

    /// The layer a cell is shown in, or nil when the cell is empty: the only layer that drew
    /// into it, or, where several did, one of them in turn by column (`column % count`), so
    /// that overlapping curves stay both visible as alternating cells.
    public func layer(column: Int, row: Int) -> Int? {
        guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
        let i = row * columns + column
        guard bits[i] != 0 else { return nil }
        let mask = layers[i]
        let count = mask.nonzeroBitCount
        guard count > 1 else { return Int(owner[i]) }
        var m = mask
        for _ in 0..<(column % count) { m &= m - 1 }   // drop the lowest set bits
        return m.trailingZeroBitCount
    }

    /// Copies the canvas into `grid` at (x0, y0). With `markers`, a drawn cell shows the marker
    /// of its layer instead of braille; `color` gives each layer's colour (nil for none).
    public func draw(
        into grid: inout CellGrid, x0: Int, y0: Int,
        markers: ((Int) -> Character)?, color: (Int) -> Color?
    ) {
        for r in 0..<rows {
            for c in 0..<columns {
                let i = r * columns + c
                let b = bits[i]
                if b == 0 { continue }
                let layer = self.layer(column: c, row: r) ?? Int(owner[i])
                let ch: Character
                if let markers {
                    ch = markers(layer)
                } else {
                    ch = Character(Unicode.Scalar(0x2800 + UInt32(b)) ?? " ")
                }
                grid.put(ch, x: x0 + c, y: y0 + r, fg: color(layer))
            }
        }
    }
}
