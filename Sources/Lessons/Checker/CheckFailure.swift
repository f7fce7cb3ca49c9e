/// Why a lesson failed the check: where, what was run, and what went wrong.
public struct CheckFailure: Sendable, Equatable {
    /// The 1-based line of the failing statement or goal (or of the malformation); nil when
    /// the file could not be read at all.
    public var line: Int?
    /// The statement or goal (`expect accuracy valid >= 0.9`), or nil for a malformed file.
    public var statement: String?
    /// The error text, e.g. "valid accuracy is 0.71".
    public var message: String

    /// Creates a failure.
    public init(line: Int?, statement: String?, message: String) {
        self.line = line
        self.statement = statement
        self.message = message
    }
}
