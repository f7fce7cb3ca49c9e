/// One statement: a command, a binding or an expression whose value is shown.
public enum Statement: Sendable, Equatable, CustomStringConvertible {
    /// `verb arguments… name=value…` — the first word is a command verb.
    case command(Command)
    /// `let name = expression`.
    case binding(name: Word, value: Expression)
    /// Anything else: an expression to evaluate and show.
    case expression(Expression)

    /// A compact form without spans, for tests: `layer dense 16 relu`, `let w = [0.5 -0.5]`.
    public var description: String {
        switch self {
        case .command(let c): return c.description
        case .binding(let name, let value): return "let \(name.text) = \(value)"
        case .expression(let e): return e.description
        }
    }
}
