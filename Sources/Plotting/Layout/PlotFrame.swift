/// The layout of a plot with axes: y tick labels on the left, an axis line, the plot area, an
/// x axis line with ticks and a row of x tick labels below.
///
/// ```
///  1.5 ┤⠀⠀⠀⣀⠤⠒
///    1 ┤⡠⠊
///    0 └┬────┬────┬
///       0    50   100
/// ```
struct PlotFrame: Sendable {
    var xScale: AxisScale
    var yScale: AxisScale
    /// Columns left of the plot area (labels, a space, the axis line).
    let leftMargin: Int
    let plotColumns: Int
    let plotRows: Int
    let width: Int

    /// Rows used: the plot area, the x axis and its labels.
    var height: Int { plotRows + 2 }

    /// Lays out a frame of `width` columns; `makeX` builds the x scale once the plot area's
    /// width (in columns) is known.
    init(width: Int, plotRows: Int, yScale: AxisScale, makeX: (Int) -> AxisScale) {
        let labelWidth = yScale.labels.map { DisplayWidth.of($0) }.max() ?? 1
        self.width = width
        self.plotRows = max(2, plotRows)
        self.leftMargin = min(labelWidth + 2, max(2, width / 2))
        self.plotColumns = max(2, width - leftMargin - 1)
        self.yScale = yScale
        self.xScale = makeX(plotColumns)
    }

    var dotWidth: Int { plotColumns * 2 }
    var dotHeight: Int { plotRows * 4 }

    /// Dot column of an x coordinate (may lie outside 0..<dotWidth).
    func dotX(_ c: Double) -> Int { xScale.position(c, steps: dotWidth - 1, flip: false) }
    /// Dot row of a y coordinate, 0 at the top (may lie outside 0..<dotHeight).
    func dotY(_ c: Double) -> Int { yScale.position(c, steps: dotHeight - 1, flip: true) }

    /// Whether a coordinate pair falls inside the plotted ranges (with a little tolerance).
    func contains(x: Double, y: Double) -> Bool {
        let ex = (xScale.hi - xScale.lo) * 1e-9, ey = (yScale.hi - yScale.lo) * 1e-9
        return x >= xScale.lo - ex && x <= xScale.hi + ex && y >= yScale.lo - ey && y <= yScale.hi + ey
    }

    /// Draws the axis lines, ticks and labels into `grid`, whose row `top` is the plot's top.
    func drawAxes(into grid: inout CellGrid, top: Int, glyphs: AxisGlyphs, color: Color? = nil) {
        let axisX = leftMargin - 1
        for r in 0..<plotRows { grid.put(glyphs.vertical, x: axisX, y: top + r, fg: color) }
        var usedRows = Set<Int>()
        for (t, label) in zip(yScale.ticks, yScale.labels) {
            let row = dotY(t) / 4
            guard row >= 0, row < plotRows, !usedRows.contains(row) else { continue }
            usedRows.insert(row)
            grid.put(glyphs.yTick, x: axisX, y: top + row, fg: color)
            let text = DisplayWidth.padLeft(label, to: max(1, leftMargin - 2), asciiOnly: glyphs.isASCII)
            grid.write(text, x: 0, y: top + row, fg: color)
        }
        let axisY = top + plotRows
        grid.put(glyphs.corner, x: axisX, y: axisY, fg: color)
        for c in 0..<plotColumns { grid.put(glyphs.horizontal, x: leftMargin + c, y: axisY, fg: color) }
        var lastEnd = -2
        for (t, label) in zip(xScale.ticks, xScale.labels) {
            let col = dotX(t) / 2
            guard col >= 0, col < plotColumns else { continue }
            grid.put(glyphs.xTick, x: leftMargin + col, y: axisY, fg: color)
            let w = DisplayWidth.of(label)
            var start = leftMargin + col - w / 2
            start = min(start, width - w)
            start = max(start, 0)
            if start <= lastEnd { continue }
            grid.write(label, x: start, y: axisY + 1, fg: color)
            lastEnd = start + w
        }
    }
}

extension AxisScale {
    /// A linear scale exactly lo…hi (no widening), with nice ticks inside it.
    static func exact(lo: Double, hi: Double, targetTicks: Int) -> AxisScale {
        var a = lo, b = hi
        if a > b { swap(&a, &b) }
        if !a.isFinite || !b.isFinite {
            a = 0
            b = 1
        } else if a == b {
            let d = a == 0 ? 1 : abs(a) * 0.1
            a -= d
            b += d
        }
        var s = AxisScale.linear(lo: a, hi: b, targetTicks: targetTicks)
        let eps = (b - a) * 1e-9
        var ticks: [Double] = []
        var labels: [String] = []
        for (t, l) in zip(s.ticks, s.labels) where t >= a - eps && t <= b + eps {
            ticks.append(t)
            labels.append(l)
        }
        s.lo = a
        s.hi = b
        s.ticks = ticks
        s.labels = labels
        return s
    }
}
