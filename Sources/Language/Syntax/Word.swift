/// A name as written, with its place: a command verb, a binding's name, a `wrt` variable.
public struct Word: Sendable, Equatable {
    /// The text as typed.
    public var text: String
    /// Where it is.
    public var span: SourceSpan

    /// Creates a word.
    public init(_ text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }
}
