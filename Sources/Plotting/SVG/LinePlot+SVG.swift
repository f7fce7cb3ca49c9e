extension LinePlot {
    /// Draws the plot as a standalone SVG document: axes with grid lines, one polyline per series
    /// (broken where values are missing), a legend and notes.
    public func renderSVG() -> String {
        let (lines, notes, xr, yr) = prepared()
        let w = 640.0
        let plotTop = 44.0 + SVGParts.titleExtra(title, width: w), plotHeight = 280.0
        let legendY = plotTop + plotHeight + 58
        let h = legendY + 14 + SVGParts.notesHeight(notes) + 8
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        guard let xr, let yr else {
            svg.text("nothing to draw", x: w / 2, y: plotTop + plotHeight / 2, anchor: .middle)
            SVGParts.notes(&svg, notes, x: 16, y: legendY + 14)
            return svg.finished()
        }
        let yScale = logY ? AxisScale.log(lo: yr.0, hi: yr.1, targetTicks: 5) : AxisScale.linear(lo: yr.0, hi: yr.1, targetTicks: 5)
        let xScale = AxisScale.exact(lo: xr.0, hi: xr.1, targetTicks: 8)
        let area = SVGPlotArea(x: 64, y: plotTop, width: w - 64 - 24, height: plotHeight, xScale: xScale, yScale: yScale)
        area.drawAxes(&svg, xLabel: xLabel, yLabel: yLabel)
        svg.openGroup([("class", "series")])
        for (k, pts) in lines.enumerated() {
            var run: [(Double, Double)] = []
            func flush() {
                if run.count == 1, let p = run.first {
                    svg.circle(cx: p.0, cy: p.1, r: 3, fill: Palette.seriesColor(k))
                } else {
                    svg.polyline(run, stroke: Palette.seriesColor(k))
                }
                run.removeAll()
            }
            for p in pts {
                if let (x, y) = p {
                    run.append((area.px(x), area.py(yScale.coordinate(y))))
                } else if !run.isEmpty {
                    flush()
                }
            }
            if !run.isEmpty { flush() }
        }
        svg.closeGroup()
        SVGParts.legend(&svg, series.enumerated().map { (name: $1.name, color: Palette.seriesColor($0), dot: false) }, x: 64, y: legendY, maxWidth: w - 80)
        SVGParts.notes(&svg, notes, x: 16, y: legendY + 22)
        return svg.finished()
    }
}
