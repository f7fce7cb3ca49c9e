extension NetworkDiagram {
    /// Draws the diagram as a standalone SVG document: rounded boxes top to bottom with the
    /// layer's name, shape and parameters, joined by arrows, and the total below.
    public func renderSVG() -> String {
        let longest = layers.map { max(DisplayWidth.of($0.name) + 12, DisplayWidth.of($0.shape) + 16) }.max() ?? 0
        let boxW = max(320.0, min(1200, Double(longest) * 7.5 + 24)), boxH = 40.0, gap = 28.0
        let w = boxW + 64
        let top = title == nil ? 16.0 : 44.0 + SVGParts.titleExtra(title, width: w)
        let h = top + Double(layers.count) * (boxH + gap) + 24
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        let x0 = 32.0
        for (i, layer) in layers.enumerated() {
            let y = top + Double(i) * (boxH + gap)
            if i > 0 {
                let cx = x0 + boxW / 2
                svg.line(x1: cx, y1: y - gap, x2: cx, y2: y - 7, stroke: SVGPlotArea.axisColor, width: 1.5)
                svg.polygon([(cx - 5, y - 8), (cx + 5, y - 8), (cx, y - 1)], fill: SVGPlotArea.axisColor)
            }
            svg.openGroup([("class", "layer")])
            svg.rect(x: x0, y: y, width: boxW, height: boxH, fill: Color(235, 243, 251), stroke: Color(8, 119, 189), strokeWidth: 1.5, cornerRadius: 6)
            svg.text(layer.name, x: x0 + 12, y: y + 17, bold: true)
            svg.text(layer.shape, x: x0 + 12, y: y + 32, size: 11, fill: SVGPlotArea.axisColor, monospace: true)
            svg.text(NetworkDiagram.paramText(layer.parameterCount), x: x0 + boxW - 12, y: y + 25, anchor: .end, size: 11)
            svg.closeGroup()
        }
        let total = layers.reduce(0) { $0 + $1.parameterCount }
        svg.text("total: \(total) parameter\(total == 1 ? "" : "s")", x: x0, y: h - 10, className: "total")
        return svg.finished()
    }
}
