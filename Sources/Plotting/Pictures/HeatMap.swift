/// A matrix drawn as coloured cells: weights and gradients (diverging blue–white–red around 0),
/// attention (with token labels on rows and columns), a confusion matrix (with counts).
public struct HeatMap: Picture {
    /// How values become colours.
    public enum Scale: Sendable, Equatable {
        /// Diverging when any value is negative, else sequential.
        case automatic
        /// Blue–white–red, centred on 0.
        case diverging
        /// White to dark blue, from 0 (or the minimum) to the maximum.
        case sequential
    }

    /// A title shown above the matrix.
    public var title: String?
    /// The values, rows × columns (short rows are padded with blanks).
    public var values: [[Double]]
    /// Labels of the rows (tokens, true classes), shown on the left.
    public var rowLabels: [String]
    /// Labels of the columns (tokens, predicted classes), shown on top.
    public var columnLabels: [String]
    /// Whether each cell shows its value as an integer count (a confusion matrix).
    public var showCounts: Bool
    /// The colour scale.
    public var scale: Scale
    /// The most matrix rows drawn; taller matrices are sampled.
    public var maxRows: Int

    /// Creates a heat map of Double values.
    public init(
        title: String? = nil, values: [[Double]], rowLabels: [String] = [], columnLabels: [String] = [],
        showCounts: Bool = false, scale: Scale = .automatic, maxRows: Int = 40
    ) {
        self.title = title
        self.values = values
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.showCounts = showCounts
        self.scale = scale
        self.maxRows = maxRows
    }

    /// Creates a heat map of Float values.
    @_disfavoredOverload
    public init(
        title: String? = nil, values: [[Float]], rowLabels: [String] = [], columnLabels: [String] = [],
        showCounts: Bool = false, scale: Scale = .automatic, maxRows: Int = 40
    ) {
        self.init(
            title: title, values: values.map { $0.map { Double($0) } }, rowLabels: rowLabels,
            columnLabels: columnLabels, showCounts: showCounts, scale: scale, maxRows: maxRows)
    }

    var rowCount: Int { values.count }
    var columnCount: Int { values.map { $0.count }.max() ?? 0 }

    /// The value at (r, c), NaN when missing.
    func value(_ r: Int, _ c: Int) -> Double {
        guard r >= 0, r < values.count, c >= 0, c < values[r].count else { return .nan }
        return values[r][c]
    }

    /// The colour scale fitted to the values.
    var valueScale: ValueScale {
        let kind: ValueScale.Kind? = scale == .diverging ? .diverging : scale == .sequential ? .sequential : nil
        return ValueScale(values: values.lazy.flatMap { $0 }, kind: kind)
    }

    /// The text of a cell when counts are shown.
    func cellText(_ v: Double) -> String { v.isNaN ? "?" : NumberFormat.count(v) }

    /// What cannot be drawn as given.
    func baseNotes() -> Notes {
        var notes = Notes()
        if rowCount == 0 || columnCount == 0 { notes.add("empty matrix") }
        var bad = 0
        for row in values { for v in row where !v.isFinite { bad += 1 } }
        notes.notDrawn(bad, "value", reason: "not finite")
        if values.contains(where: { $0.count != columnCount }) { notes.add("rows have different lengths") }
        return notes
    }

    /// A label cut to `width` cells: with an ellipsis when there is room for one, else its first
    /// characters (`ca` for `cat`), which read better in very narrow columns.
    static func cut(_ label: String, to width: Int, asciiOnly: Bool) -> String {
        if width >= 4 || DisplayWidth.of(label) <= width { return DisplayWidth.truncate(label, to: width, asciiOnly: asciiOnly) }
        var out = ""
        var used = 0
        for ch in label {
            let w = DisplayWidth.of(ch)
            if used + w > width { break }
            out.append(ch)
            used += w
        }
        return out
    }

    /// Evenly spaced indices: all of 0..<n when n ≤ k, else k of them.
    static func sampled(_ n: Int, _ k: Int) -> [Int] {
        guard n > k, k > 0 else { return Array(0..<n) }
        return (0..<k).map { i in min(n - 1, i * n / k) }
    }

    /// Draws the matrix as text (see `Picture.renderText(_:)`).
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        let ascii = options.asciiOnly
        var out = TextBuilder(options)
        out.title(title)
        var notes = baseNotes()
        guard rowCount > 0, columnCount > 0 else {
            out.line("(nothing to draw)")
            out.lines(notes.rendered(width: width, asciiOnly: ascii))
            return out.text
        }
        let scale = valueScale
        let color = options.colorMode.hasColor
        let labelWidth = min(width / 4, rowLabels.map { DisplayWidth.of($0) }.max() ?? 0)
        let margin = labelWidth > 0 ? labelWidth + 1 : 0
        let available = max(1, width - margin)
        let maxColumnLabel = min(8, columnLabels.map { DisplayWidth.of($0) }.max() ?? 0)
        var cellWidth = columnLabels.isEmpty ? 2 : max(2, maxColumnLabel + 1)
        if showCounts {
            let countWidth = values.lazy.flatMap { $0 }.map { DisplayWidth.of(self.cellText($0)) }.max() ?? 1
            cellWidth = max(cellWidth, countWidth + 1)
        }
        var cols = Array(0..<columnCount)
        if cols.count * cellWidth > available {
            cellWidth = max(1, available / cols.count)
            if cols.count > available {
                cols = HeatMap.sampled(columnCount, available)
                notes.add("showing \(cols.count) of \(columnCount) columns")
            }
        }
        let rows = HeatMap.sampled(rowCount, max(1, maxRows))
        if rows.count < rowCount { notes.add("showing \(rows.count) of \(rowCount) rows") }
        let countsFit = showCounts && cellWidth >= 2 && !values.lazy.flatMap({ $0 }).contains {
            DisplayWidth.of(self.cellText($0)) > cellWidth - 1
        }
        if showCounts && !countsFit { notes.add("counts hidden: too narrow") }
        let hasColumnLabels = !columnLabels.isEmpty && cellWidth >= 2
        if !columnLabels.isEmpty && !hasColumnLabels { notes.add("column labels hidden: too narrow") }
        var grid = CellGrid(width: width, height: rows.count + (hasColumnLabels ? 1 : 0))
        var y = 0
        if hasColumnLabels {
            for (k, c) in cols.enumerated() where c < columnLabels.count {
                let text = HeatMap.cut(columnLabels[c], to: cellWidth - 1, asciiOnly: ascii)
                let pad = showCounts ? cellWidth - DisplayWidth.of(text) : 1
                grid.write(text, x: margin + k * cellWidth + pad, y: 0)
            }
            y = 1
        }
        for r in rows {
            if margin > 0, r < rowLabels.count {
                grid.write(DisplayWidth.padLeft(rowLabels[r], to: labelWidth, asciiOnly: ascii), x: 0, y: y)
            }
            for (k, c) in cols.enumerated() {
                let v = value(r, c)
                let x0 = margin + k * cellWidth
                let fill: Color? = color ? scale.color(v) : nil
                if countsFit {
                    let text = DisplayWidth.padLeft(cellText(v), to: cellWidth)
                    let ink: Color? = fill.map { Palette.textColor(on: $0) }
                    grid.write(text, x: x0, y: y, fg: ink, bg: fill)
                } else if color {
                    for i in 0..<cellWidth { grid.put(v.isNaN ? "?" : " ", x: x0 + i, y: y, bg: fill) }
                } else {
                    let ch = scale.shade(v, asciiOnly: ascii)
                    for i in 0..<cellWidth { grid.put(ch, x: x0 + i, y: y) }
                }
            }
            y += 1
        }
        out.grid(grid, options.colorMode)
        if !(countsFit && !color) {
            out.line(scale.legend(width: width, mode: options.colorMode, asciiOnly: ascii))
        }
        out.lines(notes.rendered(width: width, asciiOnly: ascii))
        return out.text
    }
}
