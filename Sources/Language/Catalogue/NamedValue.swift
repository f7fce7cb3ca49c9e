/// A checked value with the name of the parameter or option it fills and where it was typed.
public struct NamedValue: Sendable, Equatable {
    /// The parameter or option name (`width`, `noise`).
    public var name: String
    /// The checked value.
    public var value: ArgumentValue
    /// Where it was typed (for errors the interpreter reports later, e.g. a missing file).
    public var span: SourceSpan

    /// Creates a named value.
    public init(name: String, value: ArgumentValue, span: SourceSpan) {
        self.name = name
        self.value = value
        self.span = span
    }
}
