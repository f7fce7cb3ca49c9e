/// A point in the plane with a class index (0, 1, …).
public struct LabeledPoint: Sendable, Equatable {
    /// Horizontal position.
    public var x: Double
    /// Vertical position.
    public var y: Double
    /// The class index; it picks the colour and, without colour, the marker.
    public var label: Int

    /// Creates a labelled point.
    public init(x: Double, y: Double, label: Int) {
        self.x = x
        self.y = y
        self.label = label
    }
}

/// A scatter plot of labelled points: a 2-D data set coloured (or marked) by class.
public struct ScatterPlot: Picture {
    /// A title shown above the plot.
    public var title: String?
    /// The points.
    public var points: [LabeledPoint]
    /// Names of the classes for the legend (missing ones are called "class N").
    public var classNames: [String]
    /// Rows of the plot area; nil picks them from the width and the height available.
    public var height: Int?
    /// Whether a unit along x is drawn as long as a unit along y (points in the plane); when
    /// false the plot fills the width.
    public var equalAspect: Bool

    /// Creates a scatter plot; by default it keeps the plane's proportions.
    public init(title: String? = nil, points: [LabeledPoint], classNames: [String] = [], height: Int? = nil,
                equalAspect: Bool = true) {
        self.title = title
        self.points = points
        self.classNames = classNames
        self.height = height
        self.equalAspect = equalAspect
    }

    /// The legend name of class `k`.
    func className(_ k: Int) -> String {
        k >= 0 && k < classNames.count ? classNames[k] : "class \(k)"
    }

    /// The finite points, their ranges, and the classes present (sorted).
    func prepared() -> (points: [LabeledPoint], notes: Notes, classes: [Int]) {
        var notes = Notes()
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        notes.notDrawn(points.count - finite.count, "point", reason: "not finite")
        if points.isEmpty { notes.add("no points") }
        return (finite, notes, Array(Set(finite.map { $0.label })).sorted())
    }

    /// Draws the plot as text (see `Picture.renderText(_:)`).
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        var out = TextBuilder(options)
        out.title(title)
        let (pts, notes, classes) = prepared()
        guard !pts.isEmpty else {
            out.line("(nothing to draw)")
            out.lines(notes.rendered(width: width, asciiOnly: options.asciiOnly))
            return out.text
        }
        let xs = pts.map { $0.x }, ys = pts.map { $0.y }
        let xlo = xs.min() ?? 0, xhi = xs.max() ?? 1, ylo = ys.min() ?? 0, yhi = ys.max() ?? 1
        func yScale(_ rows: Int) -> AxisScale { AxisScale.linear(lo: ylo, hi: yhi, targetTicks: max(3, rows / 2)) }
        let useMarkersForLegend = options.asciiOnly || !options.colorMode.hasColor
        let legend = Legend.lines(legendEntries(classes, markers: useMarkersForLegend, color: options.colorMode.hasColor),
                                  width: width, mode: options.colorMode, asciiOnly: options.asciiOnly)
        let noteLines = notes.rendered(width: width, asciiOnly: options.asciiOnly)
        var frameWidth = width
        var rows = min(200, max(2, height ?? min(15, max(5, width / 6))))
        if height == nil && equalAspect {
            let overhead = TextBuilder.titleLines(title, width: width) + 2 + legend.count + noteLines.count
            let maxRows = min(200, PlaneFit.availableRows(options, overhead: overhead))
            let probe = yScale(maxRows)
            let xSpan = xhi - xlo, ySpan = probe.hi - probe.lo
            let aspect = xSpan > 0 && ySpan > 0 ? xSpan / ySpan : 1
            (rows, frameWidth) = PlaneFit.frame(width: width, maxRows: maxRows, aspect: aspect, yScale: yScale)
        }
        let frame = PlotFrame(width: frameWidth, plotRows: rows, yScale: yScale(rows)) { cols in
            AxisScale.exact(lo: xlo, hi: xhi, targetTicks: frameWidth < width ? max(4, cols / 6) : max(3, cols / 10))
        }
        var canvas = BrailleCanvas(columns: frame.plotColumns, rows: frame.plotRows)
        for p in pts { canvas.set(x: frame.dotX(p.x), y: frame.dotY(p.y), layer: p.label) }
        let color = options.colorMode.hasColor
        let useMarkers = options.asciiOnly || !color
        var grid = CellGrid(width: frameWidth, height: frame.height)
        frame.drawAxes(into: &grid, top: 0, glyphs: .forOptions(options))
        canvas.draw(
            into: &grid, x0: frame.leftMargin, y0: 0,
            markers: useMarkers ? { Palette.classMarker($0) } : nil,
            color: { color ? Palette.classColor($0) : nil })
        out.grid(grid, options.colorMode)
        out.lines(legend)
        out.lines(noteLines)
        return out.text
    }

    /// A legend entry per class present: its marker (or a dot in its colour) and its name.
    func legendEntries(_ classes: [Int], markers: Bool, color: Bool) -> [LegendEntry] {
        classes.map { k in
            LegendEntry(sample: markers ? String(Palette.classMarker(k)) : "●",
                        color: color ? Palette.classColor(k) : nil, name: className(k))
        }
    }
}
