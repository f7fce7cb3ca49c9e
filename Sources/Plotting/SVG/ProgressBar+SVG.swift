extension ProgressBar {
    /// Draws the bar as a standalone SVG document: the label, a track with its filled part and
    /// the percentage, rate, time left and fields as text.
    public func renderSVG() -> String {
        let w = 640.0, h = 64.0
        var svg = SVGWriter(width: w, height: h, title: label.isEmpty ? nil : label)
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        svg.text(label, x: 16, y: 22)
        svg.rect(x: 16, y: 30, width: 300, height: 16, fill: Color(235, 235, 235), stroke: Color(180, 180, 180), cornerRadius: 3)
        svg.rect(x: 16, y: 30, width: 300 * f, height: 16, fill: Palette.seriesColor(2), cornerRadius: 3)
        var tail: [String] = [fraction.isFinite ? "\(Int((f * 100).rounded(.down)))%" : "?%"]
        if let rate { tail.append(rate) }
        if let eta = etaSeconds { tail.append("eta " + NumberFormat.duration(eta)) }
        tail.append(contentsOf: fields)
        svg.text(tail.joined(separator: "   "), x: 326, y: 43)
        return svg.finished()
    }
}
