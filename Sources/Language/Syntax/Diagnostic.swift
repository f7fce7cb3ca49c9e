/// An error in what the user typed: what is wrong, where, what was expected, and a likely fix.
///
/// Every lexer, parser and validation error is a `Diagnostic`; ``render(source:)`` shows it
/// as plain text with a caret line under the offending text.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. "unknown activation `rleu`".
    public var message: String
    /// The offending text (may be empty: "something was expected here").
    public var span: SourceSpan
    /// What would have been accepted, e.g. "one of sigmoid, tanh, relu, linear, softmax".
    public var expected: String?
    /// A word the user probably meant ("did you mean `relu`?").
    public var suggestion: String?

    /// Creates a diagnostic.
    public init(_ message: String, at span: SourceSpan, expected: String? = nil, suggestion: String? = nil) {
        self.message = message
        self.span = span
        self.expected = expected
        self.suggestion = suggestion
    }

    /// The message followed by what was expected: one line, no position.
    public var summary: String {
        guard let expected else { return message }
        return "\(message); expected \(expected)"
    }

    /// `line:column: summary`.
    public var description: String { "\(span.start): \(summary)" }
}
