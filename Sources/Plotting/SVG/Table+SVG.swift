extension Table {
    /// Draws the table as a standalone SVG document: a bold header, a rule under it and the
    /// rows, numeric columns right-aligned.
    public func renderSVG() -> String {
        let n = columnCount
        let aligns = resolvedAlignments()
        let widths = columnWidths(fitting: Int.max / 4).map { Double($0) * 7.5 + 20 }
        let rowH = 22.0
        let w = max(200, 32 + widths.reduce(0, +))
        let top = title == nil ? 16.0 : 44.0 + SVGParts.titleExtra(title, width: w)
        let h = top + Double(rows.count + 1) * rowH + 16
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        func cellX(_ c: Int) -> (Double, SVGWriter.Anchor) {
            let left = 16 + widths.prefix(c).reduce(0, +)
            return aligns[c] == .right ? (left + widths[c] - 10, .end) : (left + 10, .start)
        }
        svg.openGroup([("class", "header")])
        for c in 0..<n {
            let (x, a) = cellX(c)
            svg.text(c < headers.count ? headers[c] : "", x: x, y: top + 15, anchor: a, bold: true)
        }
        svg.closeGroup()
        svg.line(x1: 16, y1: top + rowH, x2: w - 16, y2: top + rowH, stroke: SVGPlotArea.axisColor)
        svg.openGroup([("class", "rows")])
        for r in rows.indices {
            let y = top + Double(r + 1) * rowH
            if r % 2 == 1 { svg.rect(x: 16, y: y, width: w - 32, height: rowH, fill: Color(245, 245, 245)) }
            for c in 0..<n {
                let (x, a) = cellX(c)
                svg.text(cell(r, c), x: x, y: y + 15, anchor: a)
            }
        }
        svg.closeGroup()
        return svg.finished()
    }
}
