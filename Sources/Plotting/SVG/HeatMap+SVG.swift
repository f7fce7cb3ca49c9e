extension HeatMap {
    /// Draws the matrix as a standalone SVG document: one square per value, row and column
    /// labels, counts when asked, and a value-scale legend.
    public func renderSVG() -> String {
        let notes = baseNotes()
        let rows = rowCount, cols = columnCount
        let cell = max(6, min(36, 560 / Double(max(1, max(rows, cols)))))
        let labelW = Double(min(20, rowLabels.map { DisplayWidth.of($0) }.max() ?? 0)) * 7 + (rowLabels.isEmpty ? 0 : 10)
        let colLabelH = columnLabels.isEmpty ? 0.0 : 20.0
        let x0 = 16 + labelW
        let w = max(260, x0 + Double(cols) * cell + 16)
        let y0 = 44 + colLabelH + SVGParts.titleExtra(title, width: w)
        let legendY = y0 + Double(rows) * cell + 16
        let h = legendY + 40 + SVGParts.notesHeight(notes)
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        let scale = valueScale
        svg.openGroup([("class", "cells"), ("shape-rendering", "crispEdges")])
        for r in 0..<rows {
            for c in 0..<cols {
                svg.rect(x: x0 + Double(c) * cell, y: y0 + Double(r) * cell, width: cell, height: cell, fill: scale.color(value(r, c)))
            }
        }
        svg.closeGroup()
        if showCounts && cell >= 14 {
            svg.openGroup([("class", "counts")])
            for r in 0..<rows {
                for c in 0..<cols {
                    let v = value(r, c)
                    svg.text(cellText(v), x: x0 + (Double(c) + 0.5) * cell, y: y0 + (Double(r) + 0.5) * cell + 4, anchor: .middle, size: min(12, cell * 0.4), fill: Palette.textColor(on: scale.color(v)))
                }
            }
            svg.closeGroup()
        }
        svg.openGroup([("class", "labels")])
        for (r, label) in rowLabels.prefix(rows).enumerated() {
            svg.text(label, x: x0 - 6, y: y0 + (Double(r) + 0.5) * cell + 4, anchor: .end, size: 11)
        }
        for (c, label) in columnLabels.prefix(cols).enumerated() {
            svg.text(label, x: x0 + (Double(c) + 0.5) * cell, y: y0 - 6, anchor: .middle, size: 11)
        }
        svg.closeGroup()
        SVGParts.scaleLegend(&svg, scale, x: x0, y: legendY, width: min(200, max(80, Double(cols) * cell)), id: "heatmap-scale")
        SVGParts.notes(&svg, notes, x: 16, y: legendY + 44)
        return svg.finished()
    }
}
