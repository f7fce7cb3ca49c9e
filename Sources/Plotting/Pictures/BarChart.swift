/// Horizontal bars of named values: the results of a comparison (final loss per learning rate).
public struct BarChart: Picture {
    /// One bar: a label and its value.
    public struct Bar: Sendable, Equatable {
        /// The label on the left.
        public var label: String
        /// The value; negative values extend left of the zero line.
        public var value: Double

        /// Creates a bar.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// A title shown above the bars.
    public var title: String?
    /// The bars, top to bottom.
    public var bars: [Bar]

    /// Creates a bar chart.
    public init(title: String? = nil, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }

    /// Draws the chart as text (see `Picture.renderText(_:)`).
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        let ascii = options.asciiOnly
        var out = TextBuilder(options)
        out.title(title)
        var notes = Notes()
        guard !bars.isEmpty else {
            out.line("(nothing to draw)")
            notes.add("no bars")
            out.lines(notes.rendered(width: width, asciiOnly: ascii))
            return out.text
        }
        let finite = bars.map { $0.value }.filter { $0.isFinite }
        notes.notDrawn(bars.count - finite.count, "bar", reason: "not finite")
        let labelWidth = min(max(1, width / 3), bars.map { DisplayWidth.of($0.label) }.max() ?? 1)
        let texts = bars.map { NumberFormat.compact($0.value) }
        let valueWidth = texts.map { DisplayWidth.of($0) }.max() ?? 1
        let area = max(4, width - labelWidth - valueWidth - 3)
        let maxPositive = max(0, finite.max() ?? 0), maxNegative = max(0, -(finite.min() ?? 0))
        let total = maxPositive + maxNegative
        let negativeCells = total > 0 ? Int((Double(area) * maxNegative / total).rounded()) : 0
        let positiveCells = area - negativeCells
        let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
        let color = options.colorMode.hasColor
        var grid = CellGrid(width: width, height: bars.count)
        for (i, bar) in bars.enumerated() {
            grid.write(DisplayWidth.padRight(bar.label, to: labelWidth, asciiOnly: ascii), x: 0, y: i)
            let x0 = labelWidth + 1
            let ink: Color? = color ? Palette.seriesColor(i) : nil
            let zero = x0 + negativeCells
            if bar.value.isFinite && total > 0 {
                if bar.value >= 0 {
                    let eighthsCount = Int((bar.value / total * Double(area) * 8).rounded())
                    let full = min(positiveCells, eighthsCount / 8)
                    for k in 0..<full { grid.put(ascii ? "#" : "█", x: zero + k, y: i, fg: ink) }
                    let rest = eighthsCount % 8
                    if rest > 0 && full < positiveCells {
                        grid.put(ascii ? (rest >= 4 ? "#" : "|") : eighths[rest - 1], x: zero + full, y: i, fg: ink)
                    }
                } else {
                    let cells = min(negativeCells, Int((-bar.value / total * Double(area)).rounded()))
                    for k in 0..<cells { grid.put(ascii ? "#" : "█", x: zero - 1 - k, y: i, fg: ink) }
                }
            }
            if negativeCells > 0 && (bar.value >= 0 || !bar.value.isFinite) && grid.character(x: zero, y: i) == " " {
                grid.put(ascii ? "|" : "│", x: zero, y: i)
            }
            grid.write(DisplayWidth.padLeft(texts[i], to: valueWidth), x: x0 + area + 1, y: i)
        }
        out.grid(grid, options.colorMode)
        out.lines(notes.rendered(width: width, asciiOnly: ascii))
        return out.text
    }
}
