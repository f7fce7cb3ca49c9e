extension ScatterPlot {
    /// Draws the plot as a standalone SVG document: axes, one circle per point coloured by
    /// class, a legend and notes.
    public func renderSVG() -> String {
        let (pts, notes, classes) = prepared()
        let w = 520.0, plotTop = 44.0 + SVGParts.titleExtra(title, width: 520), plotSize = 400.0
        let legendY = plotTop + plotSize + 42
        let h = legendY + 14 + SVGParts.notesHeight(notes) + 8
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        if !pts.isEmpty {
            let xScale = AxisScale.linear(lo: pts.map { $0.x }.min() ?? 0, hi: pts.map { $0.x }.max() ?? 1, targetTicks: 6)
            let yScale = AxisScale.linear(lo: pts.map { $0.y }.min() ?? 0, hi: pts.map { $0.y }.max() ?? 1, targetTicks: 6)
            let area = SVGPlotArea(x: 60, y: plotTop, width: plotSize, height: plotSize, xScale: xScale, yScale: yScale)
            area.drawAxes(&svg)
            svg.openGroup([("class", "points")])
            for p in pts {
                svg.circle(cx: area.px(p.x), cy: area.py(p.y), r: 3.5, fill: Palette.classColor(p.label), stroke: .white)
            }
            svg.closeGroup()
        } else {
            svg.text("nothing to draw", x: w / 2, y: plotTop + plotSize / 2, anchor: .middle)
        }
        SVGParts.legend(&svg, classes.map { (name: className($0), color: Palette.classColor($0), dot: true) }, x: 60, y: legendY, maxWidth: w - 70)
        SVGParts.notes(&svg, notes, x: 16, y: legendY + 22)
        return svg.finished()
    }
}
