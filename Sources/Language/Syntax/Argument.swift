/// One positional argument of a command, or an option's value, with its span.
public struct Argument: Sendable, Equatable, CustomStringConvertible {
    /// The kinds of value an argument can be.
    public indirect enum Value: Sendable, Equatable {
        /// A number; a sign written directly before it is included (`-1.2`).
        case number(Double)
        /// A bare word (`relu`, `spiral`, `causal`); may end in `'`.
        case word(String)
        /// A quoted string (`"my data.csv"`).
        case string(String)
        /// A bracketed list of arguments, possibly nested (`[[1,2],[3,4]]`).
        case list([Argument])
        /// An expression (only for commands that take expressions, like `plot x^2 - 1`).
        case expression(Expression)
    }

    /// The value.
    public var value: Value
    /// Where it is.
    public var span: SourceSpan

    /// Creates an argument.
    public init(_ value: Value, span: SourceSpan) {
        self.value = value
        self.span = span
    }

    /// What kind of thing this is, for messages ("number 16", "word `relu`", "a list").
    public var kindDescription: String {
        switch value {
        case .number(let v): return "number \(formatNumber(v))"
        case .word(let w): return "word `\(abbreviate(w))`"
        case .string(let s): return "string \"\(abbreviate(s))\""
        case .list: return "a list"
        case .expression(let e): return "expression `\(abbreviate(e.description))`"
        }
    }

    /// A compact form without spans: `16`, `relu`, `"a.csv"`, `[1 2]`, `{(+ x 1)}`.
    public var description: String {
        switch value {
        case .number(let v): return formatNumber(v)
        case .word(let w): return w
        case .string(let s): return "\"\(s)\""
        case .list(let items): return "[" + items.map(\.description).joined(separator: " ") + "]"
        case .expression(let e): return "{\(e)}"
        }
    }
}
