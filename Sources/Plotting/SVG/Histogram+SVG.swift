extension Histogram {
    /// Draws the histogram as a standalone SVG document: one bar per bin, axes and notes.
    public func renderSVG() -> String {
        let (lo, hi, counts, notes) = binned()
        let w = 640.0, plotTop = 44.0 + SVGParts.titleExtra(title, width: 640), plotHeight = 260.0
        let noteY = plotTop + plotHeight + 46
        let h = noteY + SVGParts.notesHeight(notes) + 8
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        if !counts.isEmpty {
            let yScale = AxisScale.linear(lo: 0, hi: Double(max(1, counts.max() ?? 1)), targetTicks: 5)
            let xScale = AxisScale.exact(lo: lo, hi: hi, targetTicks: 8)
            let area = SVGPlotArea(x: 56, y: plotTop, width: w - 80, height: plotHeight, xScale: xScale, yScale: yScale)
            area.drawAxes(&svg)
            svg.openGroup([("class", "bins")])
            let bw = area.width / Double(counts.count)
            for (i, n) in counts.enumerated() where n > 0 {
                let top = area.py(Double(n))
                svg.rect(x: area.x + Double(i) * bw + 0.5, y: top, width: bw - 1, height: area.y + area.height - top, fill: Palette.seriesColor(0))
            }
            svg.closeGroup()
        } else {
            svg.text("nothing to draw", x: w / 2, y: plotTop + plotHeight / 2, anchor: .middle)
        }
        SVGParts.notes(&svg, notes, x: 16, y: noteY)
        return svg.finished()
    }
}
