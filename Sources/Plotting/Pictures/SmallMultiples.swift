/// A grid of small pictures of the plane, one a panel: each hidden unit's response, drawn on
/// one shared colour scale so the panels compare.
public struct SmallMultiples: Picture {
    /// One thumbnail: a title and a grid of values (row 0 at the top).
    public struct Panel: Sendable, Equatable {
        /// The title above the thumbnail (cut to its width).
        public var title: String
        /// The values, rows × columns.
        public var values: [[Float]]

        /// Creates a panel.
        public init(title: String, values: [[Float]]) {
            self.title = title
            self.values = values
        }
    }

    /// A title shown above the panels.
    public var title: String?
    /// The panels, laid out left to right and wrapped.
    public var panels: [Panel]
    /// Width of each thumbnail in cells (its height is half that, so it is square).
    public var thumbnailWidth: Int

    /// Creates small multiples.
    public init(title: String? = nil, panels: [Panel], thumbnailWidth: Int = 12) {
        self.title = title
        self.panels = panels
        self.thumbnailWidth = thumbnailWidth
    }

    /// The shared value scale of all panels.
    var scale: ValueScale {
        ValueScale(values: panels.lazy.flatMap { $0.values.lazy.flatMap { $0 } }.map { Double($0) }, kind: nil)
    }

    /// Samples a panel at a fraction (u across, v down); NaN when empty.
    static func sample(_ values: [[Float]], u: Double, v: Double) -> Double {
        let rows = values.count
        guard rows > 0 else { return .nan }
        let r = min(rows - 1, max(0, Int(v * Double(rows))))
        let row = values[r]
        guard !row.isEmpty else { return .nan }
        let c = min(row.count - 1, max(0, Int(u * Double(row.count))))
        return Double(row[c])
    }

    /// The widest thumbnail (up to `maxGrownWidth` columns) at which every panel still fits in
    /// `width × height`, when the height is known: the panels grow with the terminal.
    func grownThumbnailWidth(width: Int, height: Int) -> Int {
        var best = 0
        for tw in stride(from: max(2, thumbnailWidth), through: min(SmallMultiples.maxGrownWidth, width), by: 1) {
            let perRow = max(1, (width + 1) / (tw + 1))
            let rowsOfPanels = (panels.count + perRow - 1) / perRow
            if rowsOfPanels * (max(1, tw / 2) + 1) <= height { best = tw }
        }
        return best
    }

    /// The widest a thumbnail grows to on a large terminal.
    static let maxGrownWidth = 40

    /// Draws the panels as text (see `Picture.renderText(_:)`). With a known height the
    /// thumbnails grow to fill it (and the width), staying square.
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        var out = TextBuilder(options)
        out.title(title)
        var notes = Notes()
        guard !panels.isEmpty else {
            out.line("(nothing to draw)")
            notes.add("no panels")
            out.lines(notes.rendered(width: width, asciiOnly: options.asciiOnly))
            return out.text
        }
        var tw = max(2, min(thumbnailWidth, width))
        if panels.count > 1, (width + 1) / (tw + 1) < 2, (width - 1) / 2 >= 6 { tw = (width - 1) / 2 }
        if let height = options.layoutHeight {
            tw = max(tw, grownThumbnailWidth(width: width, height: height - TextBuilder.titleLines(title, width: width) - 1))
        }
        let th = max(1, tw / 2)
        let perRow = max(1, (width + 1) / (tw + 1))
        let scale = self.scale
        let color = options.colorMode.hasColor
        var bad = 0, empty = 0
        var start = 0
        while start < panels.count {
            let chunk = panels[start..<min(panels.count, start + perRow)]
            var grid = CellGrid(width: width, height: th + 1)
            for (k, panel) in chunk.enumerated() {
                let x0 = k * (tw + 1)
                grid.write(DisplayWidth.truncate(panel.title, to: tw, asciiOnly: options.asciiOnly), x: x0, y: 0)
                if panel.values.isEmpty || panel.values.allSatisfy({ $0.isEmpty }) { empty += 1 }
                for row in panel.values { for v in row where !v.isFinite { bad += 1 } }
                for r in 0..<th {
                    for c in 0..<tw {
                        let u = (Double(c) + 0.5) / Double(tw)
                        let top = SmallMultiples.sample(panel.values, u: u, v: (Double(2 * r) + 0.5) / Double(2 * th))
                        let bottom = SmallMultiples.sample(panel.values, u: u, v: (Double(2 * r + 1) + 0.5) / Double(2 * th))
                        if color && !options.asciiOnly {
                            grid.put("▀", x: x0 + c, y: r + 1, fg: scale.color(top), bg: scale.color(bottom))
                        } else if color {
                            grid.put(" ", x: x0 + c, y: r + 1, bg: scale.color((top + bottom) / 2))
                        } else {
                            grid.put(scale.shade((top + bottom) / 2, asciiOnly: options.asciiOnly), x: x0 + c, y: r + 1)
                        }
                    }
                }
            }
            out.grid(grid, options.colorMode)
            start += perRow
        }
        out.line(scale.legend(width: width, mode: options.colorMode, asciiOnly: options.asciiOnly))
        notes.notDrawn(bad, "value", reason: "not finite")
        notes.notDrawn(empty, "panel", reason: "empty")
        out.lines(notes.rendered(width: width, asciiOnly: options.asciiOnly))
        return out.text
    }
}
