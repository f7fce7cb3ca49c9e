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
    /// Rows of the plot area; nil picks one from the width.
    public var height: Int?

    /// Creates a scatter plot.
    public init(title: String? = nil, points: [LabeledPoint], classNames: [String] = [], height: Int? = nil) {
        self.title = title
        self.points = points
        self.classNames = classNames
        self.height = height
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
        if let title { out.line(DisplayWidth.truncate(title, to: width, asciiOnly: options.asciiOnly)) }
        let (pts, notes, classes) = prepared()
        guard !pts.isEmpty else {
            out.line("(nothing to draw)")
            out.lines(notes.rendered(width: width, asciiOnly: options.asciiOnly))
            return out.text
        }
        let xs = pts.map { $0.x }, ys = pts.map { $0.y }
        let rows = min(200, max(2, height ?? min(15, max(5, width / 6))))
        let yScale = AxisScale.linear(lo: ys.min() ?? 0, hi: ys.max() ?? 1, targetTicks: max(3, rows / 2))
        let frame = PlotFrame(width: width, plotRows: rows, yScale: yScale) { cols in
            AxisScale.exact(lo: xs.min() ?? 0, hi: xs.max() ?? 1, targetTicks: max(3, cols / 10))
        }
        var canvas = BrailleCanvas(columns: frame.plotColumns, rows: frame.plotRows)
        for p in pts { canvas.set(x: frame.dotX(p.x), y: frame.dotY(p.y), layer: p.label) }
        let color = options.colorMode.hasColor
        let useMarkers = options.asciiOnly || !color
        var grid = CellGrid(width: width, height: frame.height)
        frame.drawAxes(into: &grid, top: 0, glyphs: .forOptions(options))
        canvas.draw(
            into: &grid, x0: frame.leftMargin, y0: 0,
            markers: useMarkers ? { Palette.classMarker($0) } : nil,
            color: { color ? Palette.classColor($0) : nil })
        out.grid(grid, options.colorMode)
        let entries = classes.map { k in
            LegendEntry(
                sample: useMarkers ? String(Palette.classMarker(k)) : "●",
                color: color ? Palette.classColor(k) : nil, name: className(k))
        }
        out.lines(Legend.lines(entries, width: width, mode: options.colorMode, asciiOnly: options.asciiOnly))
        out.lines(notes.rendered(width: width, asciiOnly: options.asciiOnly))
        return out.text
    }
}
