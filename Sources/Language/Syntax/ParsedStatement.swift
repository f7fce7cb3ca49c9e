/// A statement with what surrounds it: whether a trailing `;` asked to hide its output.
public struct ParsedStatement: Sendable, Equatable {
    /// The statement.
    public var statement: Statement
    /// `true` when the statement ended in `;` (run it, but show nothing).
    public var isQuiet: Bool
    /// From the first to the last token (excluding the `;`).
    public var span: SourceSpan

    /// Creates a parsed statement.
    public init(statement: Statement, isQuiet: Bool, span: SourceSpan) {
        self.statement = statement
        self.isQuiet = isQuiet
        self.span = span
    }
}
