extension RegionMap {
    /// Draws the map as a standalone SVG document: one rectangle per grid cell in the region
    /// colour, the points as circles with a white rim, axes, a legend and notes.
    public func renderSVG() -> String {
        let notes = self.notes()
        let w = 520.0, plotTop = 44.0 + SVGParts.titleExtra(title, width: 520), size = 400.0
        let legendY = plotTop + size + 42
        let h = legendY + 14 + SVGParts.notesHeight(notes) + 8
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        let xScale = AxisScale.exact(lo: extent.xMin, hi: extent.xMax, targetTicks: 6)
        let yScale = AxisScale.exact(lo: extent.yMin, hi: extent.yMax, targetTicks: 6)
        let area = SVGPlotArea(x: 60, y: plotTop, width: size, height: size, xScale: xScale, yScale: yScale)
        let rows = gridRows, cols = gridColumns
        if rows > 0 && cols > 0 {
            svg.openGroup([("class", "regions"), ("shape-rendering", "crispEdges")])
            let cw = size / Double(cols), ch = size / Double(rows)
            for r in 0..<rows {
                for c in 0..<cols {
                    svg.rect(x: area.x + Double(c) * cw, y: area.y + Double(r) * ch, width: cw + 0.5, height: ch + 0.5, fill: Self.color(cell(r, c)))
                }
            }
            svg.closeGroup()
        }
        area.drawAxes(&svg, grid: false)
        svg.openGroup([("class", "points")])
        for p in points where p.x.isFinite && p.y.isFinite && area.contains(p) {
            svg.circle(cx: area.px(p.x), cy: area.py(p.y), r: 3.5, fill: Palette.classColor(p.label), stroke: .white)
        }
        svg.closeGroup()
        let classes = Array(Set(points.map { $0.label })).sorted()
        SVGParts.legend(&svg, classes.map { (name: className($0), color: Palette.classColor($0), dot: true) }, x: 60, y: legendY, maxWidth: w - 70)
        SVGParts.notes(&svg, notes, x: 16, y: legendY + 22)
        return svg.finished()
    }
}

extension SVGPlotArea {
    /// Whether a point lies inside the scales' ranges.
    func contains(_ p: LabeledPoint) -> Bool {
        let x0 = min(xScale.lo, xScale.hi), x1 = max(xScale.lo, xScale.hi)
        let y0 = min(yScale.lo, yScale.hi), y1 = max(yScale.lo, yScale.hi)
        return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1
    }
}
