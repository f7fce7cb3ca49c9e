extension ImageGrid {
    /// Draws the images as a standalone SVG document: one gray square per pixel, captions below.
    public func renderSVG() -> String {
        let px = 6.0, gap = 14.0
        let maxW = Double(images.map { max(1, $0.width) }.max() ?? 8) * px
        let maxH = Double(images.map { max(1, $0.height) }.max() ?? 8) * px
        let perRow = max(1, min(10, images.count))
        let rowsOfImages = (images.count + perRow - 1) / perRow
        var notes = Notes()
        if images.isEmpty { notes.add("no images") }
        let labelH = images.contains { $0.label != nil } ? 16.0 : 0
        let w = max(240, 16 + Double(perRow) * (maxW + gap))
        let top = 44.0 + SVGParts.titleExtra(title, width: w)
        let h = top + Double(rowsOfImages) * (maxH + labelH + gap) + SVGParts.notesHeight(notes) + 8
        var svg = SVGWriter(width: w, height: h, title: title)
        SVGParts.title(&svg, title)
        for (i, im) in images.enumerated() {
            let x0 = 16 + Double(i % perRow) * (maxW + gap)
            let y0 = top + Double(i / perRow) * (maxH + labelH + gap)
            let (lo, hi) = im.range
            svg.openGroup([("class", "image"), ("shape-rendering", "crispEdges")])
            for y in 0..<max(0, im.height) {
                for x in 0..<max(0, im.width) {
                    svg.rect(x: x0 + Double(x) * px, y: y0 + Double(y) * px, width: px, height: px, fill: Palette.gray(im.brightness(x: x, y: y, lo: lo, hi: hi)))
                }
            }
            svg.closeGroup()
            if let label = im.label {
                svg.text(label, x: x0 + Double(im.width) * px / 2, y: y0 + maxH + 13, anchor: .middle, size: 11)
            }
        }
        SVGParts.notes(&svg, notes, x: 16, y: h - SVGParts.notesHeight(notes) - 4)
        return svg.finished()
    }
}
