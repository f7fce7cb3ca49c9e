/// The parser's cursor over one statement's tokens (internal).
struct ParserState {
    var tokens: [Token]
    var index = 0
    /// Current nesting of brackets, parentheses, unary minus and powers.
    var depth = 0
    /// Binary operators parsed so far.
    var operators = 0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    var peek: Token { tokens[Swift.min(index, tokens.count - 1)] }

    func peek(_ ahead: Int) -> Token { tokens[Swift.min(index + ahead, tokens.count - 1)] }

    var atEnd: Bool { peek.kind == .end }

    @discardableResult
    mutating func next() -> Token {
        let t = peek
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    /// The previous token's span (for "expected something after this").
    var previousSpan: SourceSpan { tokens[Swift.max(0, Swift.min(index, tokens.count) - 1)].span }

    /// Enters one level of nesting, refusing absurd depths before the stack could suffer.
    mutating func enter(_ span: SourceSpan) throws(Diagnostic) {
        depth += 1
        if depth > Limits.maxNesting {
            throw Diagnostic("too deeply nested (more than \(Limits.maxNesting) levels)", at: span,
                             expected: "at most \(Limits.maxNesting) nested brackets or operators")
        }
    }

    mutating func leave() { depth -= 1 }

    /// Counts one binary operator, refusing absurdly long chains.
    mutating func countOperator(_ span: SourceSpan) throws(Diagnostic) {
        operators += 1
        if operators > Limits.maxOperators {
            throw Diagnostic("too many operators (more than \(Limits.maxOperators) in one statement)", at: span,
                             expected: "a shorter expression; split it with `let`")
        }
    }
}
