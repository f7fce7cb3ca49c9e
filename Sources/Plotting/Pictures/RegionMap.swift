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
/// the intensity growing with the confidence |p − 0.5|·2.
public struct RegionMap: Picture {
    /// A title shown above the map.
    public var title: String?
    /// The probability of class 1, rows × columns: row 0 is the top edge (yMax), the last row
    /// the bottom (yMin); column 0 the left edge (xMin). Values are clamped to 0…1.
    public var probabilities: [[Float]]
    /// The part of the plane the grid covers.
    public var extent: PlaneExtent
    /// Data points drawn on top.
    public var points: [LabeledPoint]
    /// Names of the classes for the legend.
    public var classNames: [String]
    /// Rows of the map; nil picks one from the width.
    public var height: Int?

    /// Creates a region map.
    public init(
        title: String? = nil, probabilities: [[Float]], extent: PlaneExtent,
        points: [LabeledPoint] = [], classNames: [String] = [], height: Int? = nil
    ) {
        self.title = title
        self.probabilities = probabilities
        self.extent = extent
        self.points = points
        self.classNames = classNames
        self.height = height
    }

    var gridRows: Int { probabilities.count }
    var gridColumns: Int { probabilities.map { $0.count }.max() ?? 0 }

    /// The probability at grid cell (r, c), NaN when missing.
    func value(_ r: Int, _ c: Int) -> Double {
        guard r >= 0, r < probabilities.count, c >= 0, c < probabilities[r].count else { return .nan }
        return Double(probabilities[r][c])
    }

    /// The probability sampled at a fraction (u across, v down) of the plane; `columns` is
    /// `gridColumns`, passed in so hot loops compute it once.
    func sample(u: Double, v: Double, columns cols: Int) -> Double {
        let rows = probabilities.count
        guard rows > 0, cols > 0 else { return .nan }
        let r = min(rows - 1, max(0, Int(v * Double(rows))))
        let c = min(cols - 1, max(0, Int(u * Double(cols))))
        return value(r, c)
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
        for row in probabilities { for p in row where !p.isFinite { bad += 1 } }
        notes.notDrawn(bad, "grid value", reason: "not finite")
        if probabilities.contains(where: { $0.count != gridColumns }) { notes.add("grid rows have different lengths") }
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
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        var out = TextBuilder(options)
        if let title { out.line(DisplayWidth.truncate(title, to: width, asciiOnly: options.asciiOnly)) }
        let rows = min(200, max(2, height ?? min(20, max(4, (width - 8) / 4))))
        let yScale = AxisScale.exact(lo: extent.yMin, hi: extent.yMax, targetTicks: max(3, rows / 3))
        let frame = PlotFrame(width: width, plotRows: rows, yScale: yScale) { cols in
            AxisScale.exact(lo: extent.xMin, hi: extent.xMax, targetTicks: max(3, cols / 10))
        }
        let color = options.colorMode.hasColor
        var grid = CellGrid(width: width, height: frame.height)
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
                    grid.put("▀", x: x, y: r, fg: Palette.region(top), bg: Palette.region(bottom))
                } else if color {
                    grid.put(" ", x: x, y: r, bg: Palette.region((top + bottom) / 2))
                } else {
                    grid.put(Palette.shade((top + bottom) / 2, asciiOnly: options.asciiOnly), x: x, y: r)
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
                grid.put(marker, x: frame.leftMargin + c, y: r, fg: RegionMap.pointColor(p.label), bg: Palette.region(under))
            } else {
                grid.put(Palette.classMarker(p.label), x: frame.leftMargin + c, y: r)
            }
        }
        out.grid(grid, options.colorMode)
        let classes = Array(Set(points.map { $0.label })).sorted()
        var entries = classes.map { k in
            LegendEntry(
                sample: color && !options.asciiOnly ? "●" : String(Palette.classMarker(k)),
                color: color ? RegionMap.pointColor(k) : nil, name: className(k))
        }
        if !color {
            let shades = String(options.asciiOnly ? Palette.asciiShades : Palette.shades)
            entries.append(LegendEntry(sample: "[\(shades)]", color: nil, name: "= p(\(className(1))) 0 to 1"))
        }
        out.lines(Legend.lines(entries, width: width, mode: options.colorMode, asciiOnly: options.asciiOnly))
        out.lines(notes().rendered(width: width, asciiOnly: options.asciiOnly))
        return out.text
    }
}
