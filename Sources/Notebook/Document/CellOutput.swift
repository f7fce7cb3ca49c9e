/// One output of a code cell, in forms every writer can use: text as text, tables as rows,
/// pictures as an SVG document with a plain-text twin, errors with their caret.
public enum CellOutput: Sendable, Equatable {
    /// Plain text, lines separated by `"\n"`.
    case text(String)
    /// A table: its rows as text, and its plain-text drawing.
    case table(CellTable)
    /// A picture: a standalone SVG document and the same picture as plain text.
    case picture(svg: String, text: String)
    /// A failed statement: a one-line message and the full report with its caret.
    case error(message: String, text: String)

    /// The output as plain text (what a terminal without colour shows).
    public var plainText: String {
        switch self {
        case .text(let s): return s
        case .table(let t): return t.text
        case .picture(_, let text): return text
        case .error(_, let text): return text
        }
    }
}

/// A table as data, for writers that draw tables themselves (an HTML `<table>`).
public struct CellTable: Sendable, Equatable {
    /// The title above the table, if any.
    public var title: String?
    /// The column headers.
    public var headers: [String]
    /// The rows of cells.
    public var rows: [[String]]
    /// Per column, whether it is aligned right (numbers).
    public var rightAligned: [Bool]
    /// The table drawn as plain text.
    public var text: String

    /// Creates a table.
    public init(title: String?, headers: [String], rows: [[String]], rightAligned: [Bool], text: String) {
        self.title = title
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
        self.text = text
    }
}
