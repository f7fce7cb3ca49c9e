/// How a command's positional arguments are read.
public enum ArgumentSyntax: Sendable, Equatable {
    /// Numbers, words, strings and lists (`layer dense 16 relu`, `predict 0.5 -1.2`).
    case atoms
    /// Expressions separated by spaces (`plot sigmoid tanh`, `plot x^2 - 1`).
    case expressions
}
