/// Several pictures one above the other, as one picture: every panel of what one statement
/// showed (a loss and an accuracy curve, a heat map per layer, compared curves and their
/// table), so that saving "the last picture" keeps all of it.
public struct PictureStack: Picture {
    /// The panels, top to bottom.
    public var pictures: [any Picture]
    /// A title for the SVG document (its `<title>`); each panel keeps its own heading.
    public var title: String?

    /// Vertical space between panels in SVG units.
    static let gap = 12.0

    /// Creates a stack of panels.
    public init(_ pictures: [any Picture], title: String? = nil) {
        self.pictures = pictures
        self.title = title
    }

    /// The panels' texts one after the other, as a terminal shows them.
    public func renderText(_ options: RenderOptions) -> String {
        pictures.map { $0.renderText(options) }.joined(separator: "\n")
    }

    /// One SVG document holding every panel's document, stacked at the left edge, each with
    /// its ids scoped (`panel1-`, `panel2-`, …) so that the panels' definitions do not clash.
    public func renderSVG() -> String {
        let parts = pictures.map { $0.renderSVG() }
        let sizes = parts.map { SVGEmbedding.size(of: $0) ?? (width: 640, height: 400) }
        let width = max(200, sizes.map(\.width).max() ?? 200)
        let height = max(40, sizes.reduce(0) { $0 + $1.height } + Double(max(0, parts.count - 1)) * PictureStack.gap)
        var svg = SVGWriter(width: width, height: height, title: title)
        var y = 0.0
        for (i, (part, size)) in zip(parts, sizes).enumerated() {
            let panel = SVGEmbedding.scoped(part, prefix: "panel\(i + 1)-")
            svg.raw(panel.replacingFirst("<svg ", with: "<svg x=\"0\" y=\"\(SVGWriter.num(y))\" class=\"panel\" "))
            y += size.height + PictureStack.gap
        }
        return svg.finished()
    }
}
