/// The rectangle of the plane a region map covers.
public struct PlaneExtent: Sendable, Equatable {
    /// Left edge.
    public var xMin: Double
    /// Right edge.
    public var xMax: Double
    /// Bottom edge.
    public var yMin: Double
    /// Top edge.
    public var yMax: Double

    /// Creates an extent; swapped or equal bounds are drawn as a unit square around them.
    public init(xMin: Double, xMax: Double, yMin: Double, yMax: Double) {
        self.xMin = xMin
        self.xMax = xMax
        self.yMin = yMin
        self.yMax = yMax
    }
}

/// Decision regions over the plane with the data points on top, as TensorFlow Playground
/// draws them: orange where class 0 is likely, blue where class 1 is, white at the boundary,
/// the intensity growing with the confidence |p − 0.5|·2. With more than two classes each has
/// its colour (`Palette.classColor`), the intensity growing with the winner's lead.
///
/// Without colour, two classes are drawn as density characters of p(class 1); more classes as
/// the outlines of the regions (`·` where the winning class changes), the points telling which
/// region is whose.
public struct RegionMap: Picture {
    /// A title shown above the map.
    public var title: String?
    /// The grid, rows × columns: row 0 is the top edge (yMax), the last row the bottom
    /// (yMin); column 0 the left edge (xMin).
    public var cells: [[RegionCell]]
    /// How many classes the network tells apart (2 when built from class-1 probabilities).
    public var classCount: Int
    /// The part of the plane the grid covers.
    public var extent: PlaneExtent
    /// Data points drawn on top.
    public var points: [LabeledPoint]
    /// Names of the classes for the legend.
    public var classNames: [String]
    /// Rows of the map; nil picks one from the width.
    public var height: Int?

    /// A two-class map from the probability of class 1 in each grid cell (rows × columns, row 0
    /// at the top; values clamped to 0…1).
    public init(
        title: String? = nil, probabilities: [[Float]], extent: PlaneExtent,
        points: [LabeledPoint] = [], classNames: [String] = [], height: Int? = nil
    ) {
        self.init(title: title, cells: probabilities.map { $0.map(RegionCell.init(classOneProbability:)) },
                  classCount: 2, extent: extent, points: points, classNames: classNames, height: height)
    }

    /// A map of any number of classes from a probability per class in each grid cell
    /// (rows × columns × classes, row 0 at the top).
    public init(
        title: String? = nil, classProbabilities: [[[Float]]], extent: PlaneExtent,
        points: [LabeledPoint] = [], classNames: [String] = [], height: Int? = nil
    ) {
        let classes = classProbabilities.lazy.flatMap { $0 }.map(\.count).max() ?? 2
        self.init(title: title, cells: classProbabilities.map { $0.map(RegionCell.init(classProbabilities:)) },
                  classCount: max(2, classes), extent: extent, points: points, classNames: classNames, height: height)
    }

    /// A map of given cells.
    public init(
        title: String? = nil, cells: [[RegionCell]], classCount: Int, extent: PlaneExtent,
        points: [LabeledPoint] = [], classNames: [String] = [], height: Int? = nil
    ) {
        self.title = title
        self.cells = cells
        self.classCount = classCount
        self.extent = extent
        self.points = points
        self.classNames = classNames
        self.height = height
    }

    var gridRows: Int { cells.count }
    var gridColumns: Int { cells.map { $0.count }.max() ?? 0 }

    /// The cell at grid position (r, c), nil when missing.
    func cell(_ r: Int, _ c: Int) -> RegionCell? {
        guard r >= 0, r < cells.count, c >= 0, c < cells[r].count else { return nil }
        return cells[r][c]
    }

    /// The cell sampled at a fraction (u across, v down) of the plane; `columns` is
    /// `gridColumns`, passed in so hot loops compute it once.
    func sample(u: Double, v: Double, columns cols: Int) -> RegionCell? {
        let rows = cells.count
        guard rows > 0, cols > 0 else { return nil }
        let r = min(rows - 1, max(0, Int(v * Double(rows))))
        let c = min(cols - 1, max(0, Int(u * Double(cols))))
        return cell(r, c)
    }

    /// The region colour of a cell (grey when missing or not finite).
    static func color(_ cell: RegionCell?) -> Color {
        guard let cell else { return Palette.regionColor(winner: 0, confidence: .nan) }
        return Palette.regionColor(winner: cell.winner, confidence: cell.confidence)
    }

    /// The probability of class 1 a two-class cell stands for (NaN when missing).
    static func classOneProbability(_ cell: RegionCell?) -> Double {
        guard let cell, cell.confidence.isFinite else { return .nan }
        return cell.winner == 1 ? 0.5 + cell.confidence / 2 : 0.5 - cell.confidence / 2
    }

    /// The class name for the legend.
    func className(_ k: Int) -> String { k >= 0 && k < classNames.count ? classNames[k] : "class \(k)" }

    /// The colour of a point of class k: the class colour, a little darker than the regions.
    static func pointColor(_ k: Int) -> Color { Palette.classColor(k).mixed(with: .black, 0.2) }

    /// What cannot be drawn.
    func notes() -> Notes {
        var notes = Notes()
        if gridRows == 0 || gridColumns == 0 { notes.add("no grid values to draw") }
        var bad = 0
        for row in cells { for cell in row where !cell.confidence.isFinite { bad += 1 } }
        notes.notDrawn(bad, "grid value", reason: "not finite")
        if cells.contains(where: { $0.count != gridColumns }) { notes.add("grid rows have different lengths") }
        let e = extent
        let nonFinite = points.filter { !$0.x.isFinite || !$0.y.isFinite }.count
        notes.notDrawn(nonFinite, "point", reason: "not finite")
        let outside = points.filter {
            $0.x.isFinite && $0.y.isFinite
                && ($0.x < min(e.xMin, e.xMax) || $0.x > max(e.xMin, e.xMax) || $0.y < min(e.yMin, e.yMax) || $0.y > max(e.yMin, e.yMax))
        }.count
        notes.notDrawn(outside, "point", reason: "outside the plane")
        return notes
    }

    /// Draws the map as text (see `Picture.renderText(_:)`).
    ///
    /// Without a fixed `height` the map keeps the plane's proportions (a unit along x as long
    /// as one along y) and is as large as the width and `options.height` allow.
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        let color = options.colorMode.hasColor
        let legend = Legend.lines(legendEntries(options), width: width, mode: options.colorMode, asciiOnly: options.asciiOnly)
        let noteLines = notes().rendered(width: width, asciiOnly: options.asciiOnly)
        var out = TextBuilder(options)
        out.title(title)
        let (rows, frameWidth) = layout(options, overhead: TextBuilder.titleLines(title, width: width) + 2 + legend.count + noteLines.count)
        let yScale = AxisScale.exact(lo: extent.yMin, hi: extent.yMax, targetTicks: max(3, rows / 3))
        let frame = PlotFrame(width: frameWidth, plotRows: rows, yScale: yScale) { cols in
            AxisScale.exact(lo: extent.xMin, hi: extent.xMax, targetTicks: height == nil ? max(4, cols / 6) : max(3, cols / 10))
        }
        var grid = CellGrid(width: frameWidth, height: frame.height)
        frame.drawAxes(into: &grid, top: 0, glyphs: .forOptions(options))
        let cols = frame.plotColumns, prow = frame.plotRows
        let gridCols = gridColumns
        for r in 0..<prow {
            let vTop = (Double(2 * r) + 0.5) / Double(2 * prow)
            let vBottom = (Double(2 * r + 1) + 0.5) / Double(2 * prow)
            for c in 0..<cols {
                let u = (Double(c) + 0.5) / Double(cols)
                let top = sample(u: u, v: vTop, columns: gridCols), bottom = sample(u: u, v: vBottom, columns: gridCols)
                let x = frame.leftMargin + c
                if color && !options.asciiOnly {
                    grid.put("▀", x: x, y: r, fg: Self.color(top), bg: Self.color(bottom))
                } else if color {
                    grid.put(" ", x: x, y: r, bg: Self.color(top).mixed(with: Self.color(bottom), 0.5))
                } else if classCount == 2 {
                    let p = (Self.classOneProbability(top) + Self.classOneProbability(bottom)) / 2
                    grid.put(Palette.shade(p, asciiOnly: options.asciiOnly), x: x, y: r)
                } else if isOutline(u: u, v: vTop, columns: gridCols, cols: cols, rows: prow) {
                    grid.put(options.asciiOnly ? "." : "·", x: x, y: r)
                }
            }
        }
        for p in points where p.x.isFinite && p.y.isFinite {
            let c = frame.xScale.position(p.x, steps: cols - 1, flip: false)
            let r = frame.yScale.position(p.y, steps: prow - 1, flip: true)
            guard c >= 0, c < cols, r >= 0, r < prow, frame.contains(x: p.x, y: p.y) else { continue }
            if color {
                let under = sample(u: (Double(c) + 0.5) / Double(cols), v: (Double(r) + 0.5) / Double(prow), columns: gridCols)
                let marker: Character = options.asciiOnly ? Palette.classMarker(p.label) : "●"
                grid.put(marker, x: frame.leftMargin + c, y: r, fg: RegionMap.pointColor(p.label), bg: Self.color(under))
            } else {
                grid.put(Palette.classMarker(p.label), x: frame.leftMargin + c, y: r)
            }
        }
        out.grid(grid, options.colorMode)
        out.lines(legend)
        out.lines(noteLines)
        return out.text
    }

    /// Plot rows and the frame's width: a fixed `height` fills the width as it always did;
    /// otherwise the plane's proportions are kept within the width and the rows available.
    func layout(_ options: RenderOptions, overhead: Int) -> (rows: Int, frameWidth: Int) {
        let width = options.layoutWidth
        if let height { return (min(200, max(2, height)), width) }
        let maxRows = min(200, PlaneFit.availableRows(options, overhead: overhead))
        let aspect = abs(extent.xMax - extent.xMin) / abs(extent.yMax - extent.yMin)
        return PlaneFit.frame(width: width, maxRows: maxRows, aspect: aspect) { rows in
            AxisScale.exact(lo: extent.yMin, hi: extent.yMax, targetTicks: max(3, rows / 3))
        }
    }

    /// The legend: a marker per class of the points, and without colour what the shading or
    /// the dots mean.
    func legendEntries(_ options: RenderOptions) -> [LegendEntry] {
        let color = options.colorMode.hasColor
        let classes = Array(Set(points.map { $0.label })).sorted()
        var entries = classes.map { k in
            LegendEntry(
                sample: color && !options.asciiOnly ? "●" : String(Palette.classMarker(k)),
                color: color ? RegionMap.pointColor(k) : nil, name: className(k))
        }
        if !color && classCount == 2 {
            let shades = String(options.asciiOnly ? Palette.asciiShades : Palette.shades)
            entries.append(LegendEntry(sample: "[\(shades)]", color: nil, name: "= p(\(className(1))) 0 to 1"))
        } else if !color {
            entries.append(LegendEntry(sample: options.asciiOnly ? "." : "·", color: nil, name: "= where the likeliest class changes"))
        }
        return entries
    }

    /// Whether the text cell at fraction (u, v) lies on a region's edge: the winning class
    /// differs one text cell to the right or one below (sampled on the grid).
    func isOutline(u: Double, v: Double, columns gridCols: Int, cols: Int, rows: Int) -> Bool {
        guard let here = sample(u: u, v: v, columns: gridCols) else { return false }
        let right = sample(u: u + 1 / Double(cols), v: v, columns: gridCols)
        let below = sample(u: u, v: v + 1 / Double(rows), columns: gridCols)
        return [right, below].contains { $0.map { $0.winner != here.winner } ?? false }
    }
}
