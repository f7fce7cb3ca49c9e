extension BarChart {
    /// Draws the chart as a standalone SVG document: one horizontal bar per value, labels on
    /// the left, values on the right, a zero line when values are negative.
    public func renderSVG() -> String {
        var notes = Notes()
        let finite = bars.map { $0.value }.filter { $0.isFinite }
        notes.notDrawn(bars.count - finite.count, "bar", reason: "not finite")
        if bars.isEmpty { notes.add("no bars") }
        let labelW = Double(min(30, bars.map { DisplayWidth.of($0.label) }.max() ?? 1)) * 7 + 12
        let w = 640.0, barH = 22.0, top = 44.0 + SVGParts.titleExtra(title, width: 640)
        let area = w - 16 - labelW - 60
        let h = top + Double(bars.count) * (barH + 6) + 12 + SVGParts.notesHeight(notes)
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        let maxPositive = max(0, finite.max() ?? 0), maxNegative = max(0, -(finite.min() ?? 0))
        let total = max(1e-300, maxPositive + maxNegative)
        let zero = 16 + labelW + area * maxNegative / total
        svg.openGroup([("class", "bars")])
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * (barH + 6)
            svg.text(bar.label, x: 16 + labelW - 8, y: y + barH / 2 + 4, anchor: .end)
            if bar.value.isFinite {
                let len = area * abs(bar.value) / total
                svg.rect(x: bar.value >= 0 ? zero : zero - len, y: y, width: len, height: barH, fill: Palette.seriesColor(i))
            }
            svg.text(NumberFormat.compact(bar.value), x: 16 + labelW + area + 8, y: y + barH / 2 + 4)
        }
        svg.closeGroup()
        if maxNegative > 0 {
            svg.line(x1: zero, y1: top - 4, x2: zero, y2: top + Double(bars.count) * (barH + 6), stroke: SVGPlotArea.axisColor)
        }
        SVGParts.notes(&svg, notes, x: 16, y: h - SVGParts.notesHeight(notes) - 4)
        return svg.finished()
    }
}
