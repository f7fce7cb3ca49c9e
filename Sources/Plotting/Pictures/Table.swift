/// A table of strings with a header row and aligned columns: numeric columns right-aligned,
/// the widest columns cut (with `…`) when the table would not fit the width.
public struct Table: Picture {
    /// How a column's cells are aligned.
    public enum Alignment: Sendable, Equatable {
        /// Flush left.
        case left
        /// Flush right (numbers).
        case right
    }

    /// A title shown above the table.
    public var title: String?
    /// The column headers.
    public var headers: [String]
    /// The rows; short rows are padded with empty cells.
    public var rows: [[String]]
    /// Alignment per column; nil decides from the contents (numbers go right).
    public var alignments: [Alignment]?

    /// Creates a table.
    public init(title: String? = nil, headers: [String], rows: [[String]], alignments: [Alignment]? = nil) {
        self.title = title
        self.headers = headers
        self.rows = rows
        self.alignments = alignments
    }

    var columnCount: Int { max(headers.count, rows.map { $0.count }.max() ?? 0) }

    /// The cell at (r, c), empty when missing.
    func cell(_ r: Int, _ c: Int) -> String { c < rows[r].count ? rows[r][c] : "" }

    /// Whether text reads as a number (`0.5`, `-3`, `1e-4`, `97%`, `nan`).
    static func looksNumeric(_ text: String) -> Bool {
        var t = text.trimmingSpaces
        if t.hasSuffix("%") { t.removeLast() }
        if t == "nan" || t == "inf" || t == "-inf" || t == "-" { return true }
        return Double(t) != nil
    }

    /// The alignment of each column as drawn: the given one, else right for columns of numbers.
    public var resolvedColumnAlignments: [Alignment] { resolvedAlignments() }

    /// The alignment of each column.
    func resolvedAlignments() -> [Alignment] {
        (0..<columnCount).map { c in
            if let a = alignments, c < a.count { return a[c] }
            let cells = rows.indices.map { cell($0, c) }.filter { !$0.trimmingSpaces.isEmpty }
            return !cells.isEmpty && cells.allSatisfy(Table.looksNumeric) ? .right : .left
        }
    }

    /// Column widths that fit `width` (each at least 1), given the border overhead.
    func columnWidths(fitting width: Int) -> [Int] {
        let n = columnCount
        var widths = (0..<n).map { c in
            max(c < headers.count ? DisplayWidth.of(headers[c]) : 0,
                rows.indices.map { DisplayWidth.of(cell($0, c)) }.max() ?? 0, 1)
        }
        let overhead = 3 * n + 1
        while widths.reduce(0, +) + overhead > width {
            guard let (i, w) = widths.enumerated().max(by: { $0.element < $1.element }), w > 1 else { break }
            widths[i] = w - 1
        }
        return widths
    }

    /// Draws the table as text (see `Picture.renderText(_:)`).
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        let ascii = options.asciiOnly
        var out = TextBuilder(options)
        out.title(title)
        guard columnCount > 0 else {
            out.line("(empty table)")
            return out.text
        }
        let widths = columnWidths(fitting: width)
        let aligns = resolvedAlignments()
        let v = ascii ? "|" : "│", h = ascii ? "-" : "─"
        func rule(_ l: String, _ m: String, _ r: String) -> String {
            DisplayWidth.truncate(
                l + widths.map { String(repeating: h, count: $0 + 2) }.joined(separator: m) + r,
                to: width, asciiOnly: ascii)
        }
        func line(_ cells: [String]) -> String {
            var s = v
            for (c, w) in widths.enumerated() {
                let text = c < cells.count ? cells[c] : ""
                let fitted = aligns[c] == .right
                    ? DisplayWidth.padLeft(text, to: w, asciiOnly: ascii)
                    : DisplayWidth.padRight(text, to: w, asciiOnly: ascii)
                s += " " + fitted + " " + v
            }
            return DisplayWidth.truncate(s, to: width, asciiOnly: ascii)
        }
        out.line(ascii ? rule("+", "+", "+") : rule("┌", "┬", "┐"))
        out.line(line(headers))
        out.line(ascii ? rule("+", "+", "+") : rule("├", "┼", "┤"))
        for r in rows.indices { out.line(line((0..<columnCount).map { cell(r, $0) })) }
        out.line(ascii ? rule("+", "+", "+") : rule("└", "┴", "┘"))
        if rows.isEmpty { out.line("(no rows)") }
        return out.text
    }
}
