extension SmallMultiples {
    /// Draws the panels as a standalone SVG document: a grid of square thumbnails on one shared
    /// colour scale, each titled, and the scale's legend.
    public func renderSVG() -> String {
        let size = 96.0, gap = 16.0, titleH = 16.0
        let perRow = max(1, min(6, panels.count))
        let rowsOfPanels = (panels.count + perRow - 1) / perRow
        var notes = Notes()
        if panels.isEmpty { notes.add("no panels") }
        let w = max(320, 16 + Double(perRow) * (size + gap))
        let top = 44.0 + SVGParts.titleExtra(title, width: w)
        let legendY = top + Double(rowsOfPanels) * (size + titleH + gap) + 4
        let h = legendY + 40 + SVGParts.notesHeight(notes)
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        let scale = self.scale
        for (i, panel) in panels.enumerated() {
            let x0 = 16 + Double(i % perRow) * (size + gap)
            let y0 = top + Double(i / perRow) * (size + titleH + gap)
            svg.openGroup([("class", "panel")])
            svg.text(panel.title, x: x0, y: y0 + 11, size: 11)
            let rows = panel.values.count
            svg.openGroup([("shape-rendering", "crispEdges")])
            for (r, row) in panel.values.enumerated() where !row.isEmpty {
                let ch = size / Double(rows), cw = size / Double(row.count)
                for (c, v) in row.enumerated() {
                    svg.rect(x: x0 + Double(c) * cw, y: y0 + titleH + Double(r) * ch, width: cw + 0.3, height: ch + 0.3, fill: scale.color(Double(v)))
                }
            }
            svg.closeGroup()
            svg.rect(x: x0, y: y0 + titleH, width: size, height: size, fill: nil, stroke: Color(180, 180, 180))
            svg.closeGroup()
        }
        SVGParts.scaleLegend(&svg, scale, x: 16, y: legendY, width: 160, id: "multiples-scale")
        SVGParts.notes(&svg, notes, x: 16, y: legendY + 44)
        return svg.finished()
    }
}
