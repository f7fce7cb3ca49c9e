/// A parsed statement and, for a command, its validated form.
public struct CheckedStatement: Sendable, Equatable {
    /// The parsed statement.
    public var parsed: ParsedStatement
    /// The validated command when the statement is a command.
    public var command: ValidatedCommand?
}
