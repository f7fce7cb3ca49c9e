/// One statement of a multi-line text, parsed on its own (see ``Parser/parseProgram(_:firstLine:)``).
public struct ProgramStatement: Sendable {
    /// The statement's own text (its diagnostic's offsets index into this).
    public var source: String
    /// The line number of its first line in the whole text.
    public var firstLine: Int
    /// The statement, or what is wrong with it.
    public var result: Result<ParsedStatement, Diagnostic>
}
