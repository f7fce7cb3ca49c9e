/// A `name=value` option of a command (`n=200`, `noise=0.1`, `target=label`).
public struct CommandOption: Sendable, Equatable {
    /// The option's name as typed.
    public var name: Word
    /// Its value.
    public var value: Argument

    /// Creates an option.
    public init(name: Word, value: Argument) {
        self.name = name
        self.value = value
    }

    /// From the name to the end of the value.
    public var span: SourceSpan { name.span.through(value.span) }
}
