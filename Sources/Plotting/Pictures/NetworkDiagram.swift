/// A network's layers drawn as boxes from input (top) to output (bottom), each with its name,
/// output shape and parameter count, joined by arrows.
public struct NetworkDiagram: Picture {
    /// One layer of the diagram.
    public struct Layer: Sendable, Equatable {
        /// The layer's name (`dense 16 relu`).
        public var name: String
        /// Its output shape as text (`(batch, 16)`).
        public var shape: String
        /// Its number of trainable parameters.
        public var parameterCount: Int

        /// Creates a layer entry.
        public init(name: String, shape: String, parameterCount: Int) {
            self.name = name
            self.shape = shape
            self.parameterCount = parameterCount
        }
    }

    /// A title shown above the diagram.
    public var title: String?
    /// The layers, input first.
    public var layers: [Layer]

    /// Creates a diagram.
    public init(title: String? = nil, layers: [Layer]) {
        self.title = title
        self.layers = layers
    }

    /// The parameter count as text (`1 param`, `48 params`, none for 0).
    static func paramText(_ n: Int) -> String { n == 0 ? "" : "\(n) param\(n == 1 ? "" : "s")" }

    /// Draws the diagram as text (see `Picture.renderText(_:)`).
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        let ascii = options.asciiOnly
        let g = AxisGlyphs.forOptions(options)
        var out = TextBuilder(options)
        out.title(title)
        guard !layers.isEmpty else {
            out.line("(no layers)")
            return out.text
        }
        var nameW = layers.map { DisplayWidth.of($0.name) }.max() ?? 1
        var shapeW = layers.map { DisplayWidth.of($0.shape) }.max() ?? 0
        let paramW = layers.map { DisplayWidth.of(NetworkDiagram.paramText($0.parameterCount)) }.max() ?? 0
        // inner = name  shape  params, with 2 spaces between, 1 space padding each side
        func inner() -> Int { nameW + (shapeW > 0 ? 2 + shapeW : 0) + (paramW > 0 ? 2 + paramW : 0) }
        while inner() + 4 > width && (nameW > 3 || shapeW > 3) {
            if nameW >= shapeW { nameW -= 1 } else { shapeW -= 1 }
        }
        let boxInner = min(width - 2, inner() + 2)
        let hline = String(repeating: String(g.horizontal), count: max(0, boxInner))
        let arrowPad = String(repeating: " ", count: max(0, (boxInner + 2) / 2))
        for (i, layer) in layers.enumerated() {
            if i > 0 {
                out.line(arrowPad + String(g.vertical))
                out.line(arrowPad + String(g.arrowDown))
            }
            var text = DisplayWidth.padRight(layer.name, to: nameW, asciiOnly: ascii)
            if shapeW > 0 { text += "  " + DisplayWidth.padRight(layer.shape, to: shapeW, asciiOnly: ascii) }
            if paramW > 0 { text += "  " + DisplayWidth.padLeft(NetworkDiagram.paramText(layer.parameterCount), to: paramW) }
            text = DisplayWidth.padRight(text, to: max(0, boxInner - 2), asciiOnly: ascii)
            out.line(String(g.topLeft) + hline + String(g.topRight))
            out.line(String(g.vertical) + " " + text + " " + String(g.vertical))
            out.line(String(g.bottomLeft) + hline + String(g.bottomRight))
        }
        let total = layers.reduce(0) { $0 + $1.parameterCount }
        out.line(DisplayWidth.truncate("total: \(total) parameter\(total == 1 ? "" : "s")", to: width, asciiOnly: ascii))
        return out.text
    }
}
