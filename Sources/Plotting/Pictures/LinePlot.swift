/// One named line of a line plot: y values at x positions.
public struct LineSeries: Sendable, Equatable {
    /// The name shown in the legend.
    public var name: String
    /// The x positions (same count as `ys`).
    public var xs: [Double]
    /// The y values.
    public var ys: [Double]

    /// A series of y values at x = xStart, xStart + 1, … (epochs, steps).
    public init(name: String, ys: [Double], xStart: Double = 0) {
        self.name = name
        self.ys = ys
        self.xs = ys.indices.map { xStart + Double($0) }
    }

    /// A series of Float y values at x = xStart, xStart + 1, ….
    @_disfavoredOverload
    public init(name: String, ys: [Float], xStart: Double = 0) {
        self.init(name: name, ys: ys.map { Double($0) }, xStart: xStart)
    }

    /// A series of (x, y) points, drawn in the given order.
    public init(name: String, points: [(x: Double, y: Double)]) {
        self.name = name
        self.xs = points.map { $0.x }
        self.ys = points.map { $0.y }
    }

    /// A series from parallel x and y arrays (the shorter length wins).
    public init(name: String, xs: [Double], ys: [Double]) {
        let n = min(xs.count, ys.count)
        self.name = name
        self.xs = Array(xs.prefix(n))
        self.ys = Array(ys.prefix(n))
    }
}

/// A line plot of several named series with axes and a legend: loss curves (train vs valid),
/// accuracy, a function and its derivative.
public struct LinePlot: Picture {
    /// A title shown above the plot.
    public var title: String?
    /// The series, drawn in order (later ones on top).
    public var series: [LineSeries]
    /// A label under the x axis.
    public var xLabel: String?
    /// A label above the y axis.
    public var yLabel: String?
    /// Rows of the plot area; nil picks one from the width.
    public var height: Int?
    /// Whether the y axis is logarithmic (non-positive values are then not drawn).
    public var logY: Bool

    /// Creates a line plot.
    public init(
        title: String? = nil, series: [LineSeries], xLabel: String? = nil, yLabel: String? = nil,
        height: Int? = nil, logY: Bool = false
    ) {
        self.title = title
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.height = height
        self.logY = logY
    }

    /// The drawable points of each series (nil marks a break) and what was dropped.
    func prepared() -> (lines: [[(Double, Double)?]], notes: Notes, xr: (Double, Double)?, yr: (Double, Double)?) {
        var notes = Notes()
        var nonFinite = 0, nonPositive = 0
        var xlo = Double.infinity, xhi = -Double.infinity, ylo = Double.infinity, yhi = -Double.infinity
        var lines: [[(Double, Double)?]] = []
        for s in series {
            if s.ys.isEmpty { notes.add("series \"\(s.name)\" is empty") }
            var pts: [(Double, Double)?] = []
            pts.reserveCapacity(s.ys.count)
            for (x, y) in zip(s.xs, s.ys) {
                guard x.isFinite, y.isFinite else {
                    nonFinite += 1
                    pts.append(nil)
                    continue
                }
                if logY && y <= 0 {
                    nonPositive += 1
                    pts.append(nil)
                    continue
                }
                pts.append((x, y))
                xlo = min(xlo, x); xhi = max(xhi, x); ylo = min(ylo, y); yhi = max(yhi, y)
            }
            lines.append(pts)
        }
        notes.notDrawn(nonFinite, "point", reason: "not finite")
        notes.notDrawn(nonPositive, "point", reason: "not positive on a log scale")
        let has = xlo <= xhi
        return (lines, notes, has ? (xlo, xhi) : nil, has ? (ylo, yhi) : nil)
    }

    /// Draws the plot as text (see `Picture.renderText(_:)`).
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        let glyphs = AxisGlyphs.forOptions(options)
        var out = TextBuilder(options)
        out.title(title)
        let (lines, notes, xr, yr) = prepared()
        guard let xr, let yr else {
            out.line("(nothing to draw)")
            out.lines(notes.rendered(width: width, asciiOnly: options.asciiOnly))
            return out.text
        }
        let rows = min(200, max(2, height ?? min(15, max(5, width / 6))))
        let yScale = logY
            ? AxisScale.log(lo: yr.0, hi: yr.1, targetTicks: max(3, rows / 2))
            : AxisScale.linear(lo: yr.0, hi: yr.1, targetTicks: max(3, rows / 2))
        let frame = PlotFrame(width: width, plotRows: rows, yScale: yScale) { cols in
            AxisScale.exact(lo: xr.0, hi: xr.1, targetTicks: max(3, cols / 10))
        }
        var canvas = BrailleCanvas(columns: frame.plotColumns, rows: frame.plotRows)
        for (k, pts) in lines.enumerated() {
            var previous: (Int, Int)? = nil
            for p in pts {
                guard let (x, y) = p else {
                    previous = nil
                    continue
                }
                let dx = frame.dotX(x), dy = frame.dotY(yScale.coordinate(y))
                if let (px, py) = previous {
                    canvas.line(x0: px, y0: py, x1: dx, y1: dy, layer: k)
                } else {
                    canvas.set(x: dx, y: dy, layer: k)
                }
                previous = (dx, dy)
            }
        }
        let color = options.colorMode.hasColor
        let useMarkers = options.asciiOnly || (!color && series.count > 1)
        if let yLabel { out.line(DisplayWidth.truncate(yLabel, to: width, asciiOnly: options.asciiOnly)) }
        var grid = CellGrid(width: width, height: frame.height)
        frame.drawAxes(into: &grid, top: 0, glyphs: glyphs)
        canvas.draw(
            into: &grid, x0: frame.leftMargin, y0: 0,
            markers: useMarkers ? { Palette.seriesMarker($0) } : nil,
            color: { color ? Palette.seriesColor($0) : nil })
        out.grid(grid, options.colorMode)
        if let xLabel {
            out.line(DisplayWidth.center(xLabel, in: width, asciiOnly: options.asciiOnly))
        }
        let entries = series.enumerated().map { k, s in
            LegendEntry(
                sample: useMarkers ? String(Palette.seriesMarker(k)) : (options.asciiOnly ? "--" : "──"),
                color: color ? Palette.seriesColor(k) : nil, name: s.name)
        }
        if series.count > 1 || !(series.first?.name.isEmpty ?? true) {
            out.lines(Legend.lines(entries, width: width, mode: options.colorMode, asciiOnly: options.asciiOnly))
        }
        out.lines(notes.rendered(width: width, asciiOnly: options.asciiOnly))
        return out.text
    }
}
