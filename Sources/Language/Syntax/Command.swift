/// A command as parsed, before checking it against the catalogue: `verb arguments… name=value…`.
///
/// Positional arguments keep their order, including sub-words (`dense`) and flag words
/// (`causal`); ``CommandCatalogue/validate(_:)`` sorts them out.
public struct Command: Sendable, Equatable, CustomStringConvertible {
    /// The verb as typed (`layer`, `Layer`, or `help` for a leading `?`).
    public var verb: Word
    /// Positional arguments in order.
    public var arguments: [Argument]
    /// `name=value` options in order.
    public var options: [CommandOption]
    /// From the verb to the last argument or option.
    public var span: SourceSpan

    /// Creates a command.
    public init(verb: Word, arguments: [Argument] = [], options: [CommandOption] = [], span: SourceSpan? = nil) {
        self.verb = verb
        self.arguments = arguments
        self.options = options
        var whole = verb.span
        for a in arguments { whole = whole.through(a.span) }
        for o in options { whole = whole.through(o.span) }
        self.span = span ?? whole
    }

    /// A compact form without spans: `layer dense 16 relu n=3`.
    public var description: String {
        ([verb.text] + arguments.map(\.description) + options.map { "\($0.name.text)=\($0.value)" })
            .joined(separator: " ")
    }
}
