/// A rectangle of an SVG document with an x and a y scale: maps values to coordinates and
/// draws the axes, grid lines, ticks and their labels.
struct SVGPlotArea {
    let x: Double
    let y: Double
    let width: Double
    let height: Double
    let xScale: AxisScale
    let yScale: AxisScale

    /// The horizontal coordinate of a scale coordinate.
    func px(_ c: Double) -> Double { x + (c - xScale.lo) / (xScale.hi - xScale.lo) * width }
    /// The vertical coordinate of a scale coordinate (up is larger).
    func py(_ c: Double) -> Double { y + height - (c - yScale.lo) / (yScale.hi - yScale.lo) * height }

    static let axisColor = Color(68, 68, 68)
    static let gridColor = Color(230, 230, 230)

    /// Draws grid lines, the axes, ticks and labels, plus optional axis titles.
    func drawAxes(_ svg: inout SVGWriter, xLabel: String? = nil, yLabel: String? = nil, grid: Bool = true) {
        svg.openGroup([("class", "axes")])
        for t in yScale.ticks {
            let yy = py(t)
            if grid { svg.line(x1: x, y1: yy, x2: x + width, y2: yy, stroke: SVGPlotArea.gridColor) }
        }
        for t in xScale.ticks {
            let xx = px(t)
            if grid { svg.line(x1: xx, y1: y, x2: xx, y2: y + height, stroke: SVGPlotArea.gridColor) }
        }
        svg.line(x1: x, y1: y + height, x2: x + width, y2: y + height, stroke: SVGPlotArea.axisColor)
        svg.line(x1: x, y1: y, x2: x, y2: y + height, stroke: SVGPlotArea.axisColor)
        for (t, label) in zip(yScale.ticks, yScale.labels) {
            let yy = py(t)
            svg.line(x1: x - 4, y1: yy, x2: x, y2: yy, stroke: SVGPlotArea.axisColor)
            svg.text(label, x: x - 6, y: yy + 4, anchor: .end, size: 11, fill: SVGPlotArea.axisColor)
        }
        for (t, label) in zip(xScale.ticks, xScale.labels) {
            let xx = px(t)
            svg.line(x1: xx, y1: y + height, x2: xx, y2: y + height + 4, stroke: SVGPlotArea.axisColor)
            svg.text(label, x: xx, y: y + height + 17, anchor: .middle, size: 11, fill: SVGPlotArea.axisColor)
        }
        if let xLabel { svg.text(xLabel, x: x + width / 2, y: y + height + 34, anchor: .middle, fill: SVGPlotArea.axisColor) }
        if let yLabel { svg.text(yLabel, x: x, y: y - 8, anchor: .start, fill: SVGPlotArea.axisColor) }
        svg.closeGroup()
    }
}

/// Shared pieces of SVG pictures: title, legend and notes.
enum SVGParts {
    /// The title at the top left, bold, wrapped at spaces to the document's width (never
    /// clipped); lines after the first push the picture down by `titleExtra(_:width:)`.
    static func title(_ svg: inout SVGWriter, _ title: String?) {
        for (i, line) in titleLines(title, width: svg.width).enumerated() {
            svg.text(line, x: 16, y: 24 + Double(i) * titleLineHeight, size: 15, bold: true, className: "title")
        }
    }

    /// Height of one title line.
    static let titleLineHeight = 19.0

    /// Room a bold 15-unit character takes, at most (the wrapping errs on the wide side).
    static let titleCharacterWidth = 8.6

    /// The title's lines in a document `width` wide.
    static func titleLines(_ title: String?, width: Double) -> [String] {
        guard let title else { return [] }
        return TextWrap.lines(title, width: max(10, Int((width - 32) / titleCharacterWidth)))
    }

    /// The height the title's lines after the first add above the picture.
    static func titleExtra(_ title: String?, width: Double) -> Double {
        Double(max(0, titleLines(title, width: width).count - 1)) * titleLineHeight
    }

    /// A legend row of swatches (lines or dots) and names, starting at (x, y).
    static func legend(_ svg: inout SVGWriter, _ entries: [(name: String, color: Color, dot: Bool)], x: Double, y: Double, maxWidth: Double) {
        guard !entries.isEmpty else { return }
        svg.openGroup([("class", "legend")])
        var cx = x, cy = y
        for e in entries {
            let w = 26 + Double(DisplayWidth.of(e.name)) * 7 + 14
            if cx > x && cx + w > x + maxWidth {
                cx = x
                cy += 18
            }
            if e.dot {
                svg.circle(cx: cx + 8, cy: cy - 4, r: 4, fill: e.color)
            } else {
                svg.line(x1: cx, y1: cy - 4, x2: cx + 18, y2: cy - 4, stroke: e.color, width: 3)
            }
            svg.text(e.name, x: cx + 24, y: cy)
            cx += w
        }
        svg.closeGroup()
    }

    /// The notes, one a line, from (x, y) downwards.
    static func notes(_ svg: inout SVGWriter, _ notes: Notes, x: Double, y: Double) {
        for (i, line) in notes.lines.enumerated() {
            svg.text("note: " + line, x: x, y: y + Double(i) * 16, size: 11, fill: Color(160, 60, 0), className: "note")
        }
    }

    /// Vertical space the notes take.
    static func notesHeight(_ notes: Notes) -> Double { Double(notes.lines.count) * 16 }

    /// A value-scale legend: a gradient bar between the end values.
    static func scaleLegend(_ svg: inout SVGWriter, _ scale: ValueScale, x: Double, y: Double, width: Double, id: String) {
        let stops = (0...8).map { i -> (Double, Color) in
            let t = Double(i) / 8
            return (t, scale.color(scale.lo + t * (scale.hi - scale.lo)))
        }
        svg.linearGradient(id: id, stops: stops)
        svg.openGroup([("class", "scale")])
        svg.gradientRect(x: x, y: y, width: width, height: 10, gradientID: id)
        svg.text(NumberFormat.compact(scale.lo), x: x, y: y + 24, anchor: .start, size: 11)
        svg.text(NumberFormat.compact(scale.hi), x: x + width, y: y + 24, anchor: .end, size: 11)
        svg.closeGroup()
    }
}
