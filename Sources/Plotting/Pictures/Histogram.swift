/// A histogram of values: how many fall in each of equal-width bins, drawn as vertical bars.
public struct Histogram: Picture {
    /// A title shown above the histogram.
    public var title: String?
    /// The values (non-finite ones are counted as not drawn).
    public var values: [Double]
    /// The number of bins; nil picks about √n (at most 40).
    public var bins: Int?
    /// Rows of the plot area; nil picks one from the width.
    public var height: Int?

    /// Creates a histogram of Double values.
    public init(title: String? = nil, values: [Double], bins: Int? = nil, height: Int? = nil) {
        self.title = title
        self.values = values
        self.bins = bins
        self.height = height
    }

    /// Creates a histogram of Float values.
    @_disfavoredOverload
    public init(title: String? = nil, values: [Float], bins: Int? = nil, height: Int? = nil) {
        self.init(title: title, values: values.map { Double($0) }, bins: bins, height: height)
    }

    /// The bin edges' range, the counts per bin, and what was dropped.
    func binned() -> (lo: Double, hi: Double, counts: [Int], notes: Notes) {
        var notes = Notes()
        let finite = values.filter { $0.isFinite }
        notes.notDrawn(values.count - finite.count, "value", reason: "not finite")
        guard var lo = finite.min(), var hi = finite.max() else {
            notes.add("no values")
            return (0, 1, [], notes)
        }
        if lo == hi {
            let d = lo == 0 ? 0.5 : abs(lo) * 0.05
            lo -= d
            hi += d
        }
        var root = 1
        while root * root < finite.count { root += 1 }
        let n = max(1, min(200, bins ?? min(40, max(1, root))))
        var counts = Array(repeating: 0, count: n)
        for v in finite {
            let f = (v / 2 - lo / 2) / (hi / 2 - lo / 2)  // halves: no overflow for ±1e308
            let i = f.isFinite ? Int(f * Double(n)) : 0
            counts[min(n - 1, max(0, i))] += 1
        }
        return (lo, hi, counts, notes)
    }

    /// Draws the histogram as text (see `Picture.renderText(_:)`).
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        var out = TextBuilder(options)
        out.title(title)
        let (lo, hi, counts, notes) = binned()
        guard !counts.isEmpty else {
            out.line("(nothing to draw)")
            out.lines(notes.rendered(width: width, asciiOnly: options.asciiOnly))
            return out.text
        }
        let rows = min(200, max(2, height ?? min(12, max(4, width / 7))))
        let maxCount = Double(counts.max() ?? 1)
        let yScale = AxisScale.linear(lo: 0, hi: max(1, maxCount), targetTicks: max(3, rows / 2))
        let frame = PlotFrame(width: width, plotRows: rows, yScale: yScale) { cols in
            AxisScale.exact(lo: lo, hi: hi, targetTicks: max(3, cols / 10))
        }
        var grid = CellGrid(width: width, height: frame.height)
        frame.drawAxes(into: &grid, top: 0, glyphs: .forOptions(options))
        let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let ink: Color? = options.colorMode.hasColor ? Palette.seriesColor(0) : nil
        for c in 0..<frame.plotColumns {
            let bin = min(counts.count - 1, c * counts.count / frame.plotColumns)
            let heightInEighths = Int((Double(counts[bin]) / yScale.hi * Double(rows * 8)).rounded())
            for r in 0..<rows {
                let fromBottom = rows - 1 - r
                let level = min(8, max(0, heightInEighths - fromBottom * 8))
                guard level > 0 else { continue }
                let ch: Character = options.asciiOnly ? (level >= 4 ? "#" : (level > 0 ? "." : " ")) : eighths[level]
                grid.put(ch, x: frame.leftMargin + c, y: r, fg: ink)
            }
        }
        out.grid(grid, options.colorMode)
        out.line(DisplayWidth.truncate(
            "\(counts.count) bins of width \(NumberFormat.compact((hi - lo) / Double(counts.count))), n = \(counts.reduce(0, +))",
            to: width, asciiOnly: options.asciiOnly))
        out.lines(notes.rendered(width: width, asciiOnly: options.asciiOnly))
        return out.text
    }
}
