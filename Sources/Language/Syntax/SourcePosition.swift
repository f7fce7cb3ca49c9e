/// A place in a statement's source text.
///
/// `offset` counts UTF-8 bytes from the start of the text that was parsed (the same unit a
/// line editor's cursor uses); `line` is 1-based; `column` is 1-based and counts terminal
/// display cells, so a wide character (CJK, emoji) advances it by 2 and a combining mark by 0.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// UTF-8 byte offset from the start of the parsed text.
    public var offset: Int
    /// 1-based line number (a statement with an open bracket may span lines).
    public var line: Int
    /// 1-based column in display cells.
    public var column: Int

    /// Creates a position.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// The start of a text whose first line has number `line`.
    public static func start(line: Int = 1) -> SourcePosition {
        SourcePosition(offset: 0, line: line, column: 1)
    }

    /// Orders positions by their offset.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }

    /// `line:column`, as a person would read it.
    public var description: String { "\(line):\(column)" }
}
