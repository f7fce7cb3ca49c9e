/// Turns one statement's text into a ``ParsedStatement``.
///
/// A line whose first word is a command verb (see ``CommandCatalogue``) is a command;
/// `?topic` is `help topic`; `let name = expression` is a binding; anything else is an
/// expression. A trailing `;` makes the statement quiet. Errors are ``Diagnostic``s whose
/// spans index into the parsed text.
public enum Parser {
    /// Parses exactly one statement (it may span lines inside brackets or a string).
    ///
    /// An empty or comment-only text is an error ("empty statement"); check
    /// ``Syntax/isBlank(_:)`` first when blank lines should simply be skipped.
    public static func parse(_ source: String, firstLine: Int = 1) throws(Diagnostic) -> ParsedStatement {
        let all = try Lexer.tokenize(source, firstLine: firstLine)
        var body = Array(all.dropLast())
        while body.first?.kind == .newline { body.removeFirst() }
        guard let firstToken = body.first, let lastToken = body.last else {
            throw Diagnostic("empty statement", at: all[all.count - 1].span,
                             expected: "a command, `let name = …` or an expression (try `help`)")
        }
        if let newline = body.first(where: { $0.kind == .newline }) {
            throw Diagnostic("more than one statement", at: newline.span,
                             expected: "one statement per line (a line continues only inside brackets)")
        }
        var isQuiet = false
        if lastToken.kind == .semicolon {
            isQuiet = true
            body.removeLast()
            if body.isEmpty {
                throw Diagnostic("`;` alone is not a statement", at: lastToken.span,
                                 expected: "a statement before `;` (which hides its output)")
            }
        }
        if let stray = body.first(where: { $0.kind == .semicolon }) {
            throw Diagnostic("`;` may only end a statement", at: stray.span,
                             expected: "one statement per line; a final `;` hides the output")
        }
        let contentEnd = body[body.count - 1].span.end
        body.append(Token(kind: .end, span: SourceSpan(at: contentEnd), spaceBefore: false))
        var state = ParserState(tokens: body)
        let statement = try parseStatement(&state)
        return ParsedStatement(statement: statement, isQuiet: isQuiet,
                               span: SourceSpan(start: firstToken.span.start, end: contentEnd))
    }

    /// Parses a lone expression (for conditions such as `loss < 0.1`); the whole text must be one.
    public static func parseExpression(_ source: String, firstLine: Int = 1) throws(Diagnostic) -> Expression {
        var tokens = try Lexer.tokenize(source, firstLine: firstLine).filter { $0.kind != .newline }
        if tokens.count > 1 {
            tokens[tokens.count - 1].span = SourceSpan(at: tokens[tokens.count - 2].span.end)
        }
        var state = ParserState(tokens: tokens)
        let e = try state.parseExpression()
        try expectEnd(&state, after: e)
        return e
    }

    /// Parses a text of many lines (a `run` file, a lesson cell) statement by statement.
    ///
    /// Blank and comment-only lines are skipped; an error in one statement does not stop the
    /// others. Each entry's ``ProgramStatement/source`` is the statement's own text, which its
    /// diagnostic's offsets index into; line numbers count from `firstLine` over the whole text.
    public static func parseProgram(_ source: String, firstLine: Int = 1) -> [ProgramStatement] {
        StatementScanner.split(source).compactMap { chunk in
            let text = chunk.text
            if Syntax.isBlank(text) { return nil }
            let line = firstLine + chunk.lineOffset
            let result: Result<ParsedStatement, Diagnostic>
            do throws(Diagnostic) {
                result = .success(try parse(text, firstLine: line))
            } catch {
                result = .failure(error)
            }
            return ProgramStatement(source: text, firstLine: line, result: result)
        }
    }

    // MARK: - Statements

    private static func parseStatement(_ state: inout ParserState) throws(Diagnostic) -> Statement {
        let first = state.peek
        if first.kind == .question {
            state.next()
            return .command(try parseCommand(&state, verb: Word("help", span: first.span), syntax: .atoms))
        }
        if case .word(let w) = first.kind {
            if let spec = CommandCatalogue.spec(named: w) {
                state.next()
                return .command(try parseCommand(&state, verb: Word(w, span: first.span), syntax: spec.syntax))
            }
            if w.lowercased() == "let" {
                state.next()
                return try parseBinding(&state, letToken: first)
            }
        }
        let expression = try state.parseExpression()
        if !state.atEnd, state.peek.kind != .equals, case .word(let w) = first.kind, state.index == 1 {
            throw unknownCommand(w, at: first.span, next: state.peek)
        }
        try expectEnd(&state, after: expression)
        return .expression(expression)
    }

    private static func unknownCommand(_ word: String, at span: SourceSpan, next: Token) -> Diagnostic {
        let name = splitPrimes(word).name
        if FunctionCatalogue.function(named: name) != nil {
            return Diagnostic("`\(name)` is a function, not a command", at: span,
                              expected: "parentheses around its arguments, as in `\(name)(0.5)`")
        }
        return Diagnostic("unknown command `\(abbreviate(word))`", at: span,
                          expected: "a command such as data, layer, train, show (`help` lists them)",
                          suggestion: Suggest.nearest(to: word, in: CommandCatalogue.verbs + ["let"]))
    }

    private static func expectEnd(_ state: inout ParserState, after expression: Expression) throws(Diagnostic) {
        if state.atEnd { return }
        let t = state.peek
        if t.kind == .equals, case .identifier(let name, _) = expression {
            throw Diagnostic("unexpected `=`", at: t.span, expected: "`let \(abbreviate(name)) = …` to bind a name",
                             suggestion: "let \(abbreviate(name)) =")
        }
        if t.kind == .rightParen || t.kind == .rightBracket {
            throw Diagnostic("unexpected \(t.kind.display): nothing is open to close", at: t.span,
                             expected: "an operator or the end of the statement")
        }
        throw Diagnostic("unexpected \(t.kind.display) after the expression", at: t.span,
                         expected: "an operator (+ - * / ^ · @) or the end of the statement")
    }

    // MARK: - Bindings

    private static func parseBinding(_ state: inout ParserState, letToken: Token) throws(Diagnostic) -> Statement {
        let nameToken = state.peek
        guard case .word(let name) = nameToken.kind else {
            throw Diagnostic(state.atEnd ? "`let` needs a name" : "expected a name after `let`, got \(nameToken.kind.display)",
                             at: nameToken.span, expected: "`let name = expression`")
        }
        try checkBindable(name, at: nameToken.span)
        state.next()
        switch state.peek.kind {
        case .equals:
            state.next()
        case .equalEqual:
            throw Diagnostic("`==` compares; a binding uses `=`", at: state.peek.span, expected: "`=`", suggestion: "=")
        default:
            throw Diagnostic(state.atEnd ? "`let \(abbreviate(name))` is missing `=`" : "unexpected \(state.peek.kind.display)",
                             at: state.peek.span, expected: "`=` and a value, as in `let \(abbreviate(name)) = [1, 2]`")
        }
        if state.atEnd {
            throw Diagnostic("`let \(abbreviate(name)) =` needs a value", at: state.peek.span, expected: "an expression")
        }
        let value = try state.parseExpression()
        try expectEnd(&state, after: value)
        return .binding(name: Word(name, span: nameToken.span), value: value)
    }

    /// Throws when `name` may not be bound by `let` (a verb, a built-in function, a keyword).
    static func checkBindable(_ name: String, at span: SourceSpan) throws(Diagnostic) {
        let lowered = name.lowercased()
        if name.hasSuffix("'") {
            throw Diagnostic("a name can't end in `'`", at: span, expected: "letters, digits and `_` (`'` marks a derivative)")
        }
        if CommandCatalogue.spec(named: lowered) != nil {
            throw Diagnostic("`\(name)` is a command and can't be used as a name", at: span,
                             expected: "another name, such as `my_\(lowered)`")
        }
        if FunctionCatalogue.function(named: lowered) != nil {
            throw Diagnostic("`\(name)` is a built-in function and can't be used as a name", at: span,
                             expected: "another name, such as `my_\(lowered)`")
        }
        if ReservedWords.all.contains(lowered) {
            throw Diagnostic("`\(name)` is reserved and can't be used as a name", at: span,
                             expected: "another name")
        }
    }

    // MARK: - Commands

    private static func parseCommand(_ state: inout ParserState, verb: Word,
                                     syntax: ArgumentSyntax) throws(Diagnostic) -> Command {
        var arguments: [Argument] = []
        var options: [CommandOption] = []
        while !state.atEnd {
            let t = state.peek
            if case .word(let name) = t.kind, state.peek(1).kind == .equals {
                if state.peek(1).spaceBefore {
                    throw Diagnostic("a space before `=`", at: t.span.through(state.peek(1).span),
                                     expected: "an option written without spaces, as in `\(abbreviate(name))=…`",
                                     suggestion: abbreviate(name) + "=")
                }
                state.next()
                let equals = state.next()
                if state.atEnd {
                    throw Diagnostic("option `\(abbreviate(name))=` needs a value", at: SourceSpan(at: equals.span.end),
                                     expected: "a value right after `=`, as in `\(abbreviate(name))=10`")
                }
                let value = try parseAtom(&state)
                options.append(CommandOption(name: Word(name, span: t.span), value: value))
                continue
            }
            if t.kind == .equals {
                throw Diagnostic("`=` needs an option name before it", at: t.span, expected: "`name=value`, as in `n=200`")
            }
            if syntax == .expressions {
                let e = try state.parseExpression()
                arguments.append(Argument(.expression(e), span: e.span))
            } else {
                arguments.append(try parseAtom(&state))
            }
        }
        return Command(verb: verb, arguments: arguments, options: options)
    }

    private static let atomExpectation = "a number, a word, a \"string\" or a [list]"

    private static func parseAtom(_ state: inout ParserState) throws(Diagnostic) -> Argument {
        let t = state.peek
        switch t.kind {
        case .number(let v):
            state.next()
            return Argument(.number(v), span: t.span)
        case .word(let w):
            state.next()
            return Argument(.word(w), span: t.span)
        case .string(let s):
            state.next()
            return Argument(.string(s), span: t.span)
        case .minus:
            let n = state.peek(1)
            if case .number(let v) = n.kind {
                if n.spaceBefore {
                    throw Diagnostic("a space after `-`", at: t.span.through(n.span),
                                     expected: "a negative number written without a space, like -\(formatNumber(v))")
                }
                state.next(); state.next()
                return Argument(.number(-v), span: t.span.through(n.span))
            }
            throw Diagnostic("unexpected `-`", at: t.span, expected: "a negative number like -2 (" + atomExpectation + ")")
        case .leftBracket:
            return try parseAtomList(&state)
        case .leftParen:
            throw Diagnostic("unexpected `(` in a command", at: t.span,
                             expected: atomExpectation + "; parentheses belong in expressions like sigmoid(0.5)")
        case .rightBracket, .rightParen:
            throw Diagnostic("unexpected \(t.kind.display): nothing is open to close", at: t.span, expected: atomExpectation)
        default:
            throw Diagnostic("unexpected \(t.kind.display) in a command", at: t.span,
                             expected: atomExpectation + " (calculations stand alone or follow `let`)")
        }
    }

    private static func parseAtomList(_ state: inout ParserState) throws(Diagnostic) -> Argument {
        let open = state.next()
        try state.enter(open.span)
        defer { state.leave() }
        var items: [Argument] = []
        while state.peek.kind != .rightBracket && !state.atEnd {
            items.append(try parseAtom(&state))
            if state.peek.kind == .comma { state.next() } else { break }
        }
        if state.peek.kind == .rightBracket {
            let close = state.next()
            return Argument(.list(items), span: open.span.through(close.span))
        }
        if state.atEnd {
            throw Diagnostic("this `[` is never closed", at: open.span, expected: "`]`")
        }
        throw Diagnostic("unexpected \(state.peek.kind.display) in a list", at: state.peek.span,
                         expected: "`,` between items or `]` at the end")
    }
}
