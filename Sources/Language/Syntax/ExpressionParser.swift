/// Expression grammar (loosest first):
///
/// ```
/// expression     := additive (compare additive)?
/// additive       := multiplicative (('+' | '-') multiplicative)*
/// multiplicative := unary (('*' | '/' | '·' | 'dot' | '@') unary)*
/// unary          := '-' unary | power
/// power          := primary ('^' unary)?
/// primary        := number | name | name '(' args ')' | '(' expression ')' | '[' items ']'
///                 | 'grad' expression 'wrt' name (',' name)*
/// ```
extension ParserState {
    mutating func parseExpression() throws(Diagnostic) -> Expression {
        let lhs = try parseAdditive()
        guard let op = comparison(peek.kind) else { return lhs }
        next()
        let rhs = try parseAdditive()
        if comparison(peek.kind) != nil {
            throw Diagnostic("comparisons don't chain", at: peek.span,
                             expected: "one comparison, such as `a < b`")
        }
        return .binary(op, lhs, rhs, span: lhs.span.through(rhs.span))
    }

    private func comparison(_ kind: TokenKind) -> BinaryOperator? {
        switch kind {
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .equalEqual: return .equal
        case .notEqual: return .notEqual
        default: return nil
        }
    }

    private mutating func parseAdditive() throws(Diagnostic) -> Expression {
        var lhs = try parseMultiplicative()
        while true {
            let op: BinaryOperator
            switch peek.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return lhs
            }
            try countOperator(peek.span)
            next()
            let rhs = try parseMultiplicative()
            lhs = .binary(op, lhs, rhs, span: lhs.span.through(rhs.span))
        }
    }

    private mutating func parseMultiplicative() throws(Diagnostic) -> Expression {
        var lhs = try parseUnary()
        while true {
            let op: BinaryOperator
            switch peek.kind {
            case .star: op = .multiply
            case .slash: op = .divide
            case .dot: op = .dot
            case .at: op = .matmul
            case .word(let w) where w == "dot": op = .dot
            default: return lhs
            }
            try countOperator(peek.span)
            next()
            let rhs = try parseUnary()
            lhs = .binary(op, lhs, rhs, span: lhs.span.through(rhs.span))
        }
    }

    private mutating func parseUnary() throws(Diagnostic) -> Expression {
        try enter(peek.span)
        defer { leave() }
        if peek.kind == .minus {
            let minus = next()
            let operand = try parseUnary()
            let span = minus.span.through(operand.span)
            if case .number(let v, _) = operand { return .number(-v, span: span) }
            return .negate(operand, span: span)
        }
        let base = try parsePrimary()
        guard peek.kind == .caret else { return base }
        next()
        let exponent = try parseUnary()
        return .binary(.power, base, exponent, span: base.span.through(exponent.span))
    }

    private mutating func parsePrimary() throws(Diagnostic) -> Expression {
        let token = peek
        switch token.kind {
        case .number(let v):
            next()
            return .number(v, span: token.span)
        case .word(let w):
            return try parseName(w, token: token)
        case .leftParen:
            next()
            if peek.kind == .rightParen {
                throw Diagnostic("empty parentheses", at: token.span.through(peek.span), expected: "an expression inside `( )`")
            }
            let inner = try parseExpression()
            try close(.rightParen, opened: token)
            return inner.covering(token.span.through(previousSpan))
        case .leftBracket:
            next()
            var items: [Expression] = []
            while peek.kind != .rightBracket {
                if atEnd { break }
                items.append(try parseExpression())
                if peek.kind == .comma { next() } else { break }
            }
            try close(.rightBracket, opened: token)
            return .list(items, span: token.span.through(previousSpan))
        case .string:
            throw Diagnostic("a string can't be used in a calculation", at: token.span,
                             expected: "a number, a name, `(` or `[`")
        case .end:
            throw Diagnostic("the expression is incomplete", at: token.span,
                             expected: "a number, a name, `(` or `[`")
        case .rightParen, .rightBracket:
            throw Diagnostic("unexpected \(token.kind.display): nothing is open to close", at: token.span,
                             expected: "a number, a name, `(` or `[`")
        default:
            throw Diagnostic("unexpected \(token.kind.display)", at: token.span,
                             expected: "a number, a name, `(` or `[`")
        }
    }

    private mutating func close(_ kind: TokenKind, opened: Token) throws(Diagnostic) {
        if peek.kind == kind { next(); return }
        if atEnd {
            throw Diagnostic("this \(opened.kind.display) is never closed", at: opened.span,
                             expected: "`\(kind.symbol)`")
        }
        throw Diagnostic("unexpected \(peek.kind.display)", at: peek.span,
                         expected: opened.kind == .leftBracket ? "`,` or `]`" : "`,` or `)` or an operator")
    }

    private mutating func parseName(_ text: String, token: Token) throws(Diagnostic) -> Expression {
        next()
        let lowered = text.lowercased()
        if lowered == "grad" { return try parseGrad(token) }
        if lowered == "wrt" || lowered == "let" {
            throw Diagnostic("`\(text)` can't be used here", at: token.span,
                             expected: lowered == "wrt" ? "`grad EXPR wrt NAME`" : "`let` at the start of a line")
        }
        let (name, order) = splitPrimes(text)
        if peek.kind == .leftParen {
            let open = next()
            var args: [Expression] = []
            while peek.kind != .rightParen {
                if atEnd { break }
                args.append(try parseExpression())
                if peek.kind == .comma { next() } else { break }
            }
            try close(.rightParen, opened: open)
            return .call(function: name, derivativeOrder: order, arguments: args, span: token.span.through(previousSpan))
        }
        if order > 0 { return .derivative(function: name, order: order, span: token.span) }
        return .identifier(name, span: token.span)
    }

    private mutating func parseGrad(_ gradToken: Token) throws(Diagnostic) -> Expression {
        if atEnd {
            throw Diagnostic("`grad` needs an expression", at: peek.span, expected: "`grad EXPR wrt NAME, …`")
        }
        let body = try parseExpression()
        guard case .word(let w) = peek.kind, w.lowercased() == "wrt" else {
            throw Diagnostic(atEnd ? "`grad` is missing `wrt`" : "unexpected \(peek.kind.display)", at: peek.span,
                             expected: "`wrt` and the names to differentiate by, as in `grad f(w) wrt w`")
        }
        next()
        var names: [Word] = []
        while true {
            guard case .word(let n) = peek.kind, splitPrimes(n).order == 0 else {
                throw Diagnostic(atEnd ? "`wrt` needs a name" : "unexpected \(peek.kind.display) after `wrt`",
                                 at: peek.span, expected: "a variable name")
            }
            names.append(Word(n, span: next().span))
            if peek.kind != .comma { break }
            next()
        }
        let last = names.last?.span ?? gradToken.span
        return .grad(body, withRespectTo: names, span: gradToken.span.through(last))
    }
}

/// `sigmoid''` → (`sigmoid`, 2).
func splitPrimes(_ text: String) -> (name: String, order: Int) {
    var name = Substring(text)
    var order = 0
    while name.hasSuffix("'") { name = name.dropLast(); order += 1 }
    return (String(name), order)
}
