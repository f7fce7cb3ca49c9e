/// Turns statement text into tokens in one linear pass.
///
/// Numbers (`0.03`, `.5`, `1e-3`) are unsigned: a minus sign is always a separate `-`
/// token, and the parser decides whether it is a sign (`predict 0.5 -1.2`, `from=-3`),
/// unary minus (`-x`) or subtraction (`x^2 - 1`). Words are ASCII letters, digits and `_`
/// with optional trailing `'`s. Strings are double-quoted with `\"` and `\\` escapes and may
/// span lines. `#` starts a comment to the end of the line. A line break inside brackets is
/// whitespace; outside it is a `.newline` token. Any other character is a ``Diagnostic``.
public struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var position: SourcePosition
    private var depth = 0

    /// Creates a lexer over `source`, whose first line is numbered `firstLine`.
    public init(_ source: String, firstLine: Int = 1) {
        scalars = Array(source.unicodeScalars)
        position = .start(line: firstLine)
    }

    /// All tokens of `source`, ending with one `.end` token.
    public static func tokenize(_ source: String, firstLine: Int = 1) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source, firstLine: firstLine)
        return try lexer.tokenize()
    }

    /// Lexes the whole input, ending with one `.end` token.
    public mutating func tokenize() throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        var spaceBefore = false
        while index < scalars.count {
            let c = scalars[index]
            let start = position
            switch c {
            case " ", "\t", "\r", "\u{A0}":
                advance()
                spaceBefore = true
                continue
            case "\n":
                advance()
                spaceBefore = true
                if depth == 0, let last = tokens.last, last.kind != .newline {
                    tokens.append(Token(kind: .newline, span: SourceSpan(start: start, end: position), spaceBefore: true))
                }
                continue
            case "#":
                while index < scalars.count, scalars[index] != "\n" { advance() }
                spaceBefore = true
                continue
            default:
                break
            }
            let kind: TokenKind
            if isDigit(c) || (c == "." && index + 1 < scalars.count && isDigit(scalars[index + 1])) {
                kind = try lexNumber()
            } else if isWordStart(c) {
                kind = try lexWord()
            } else if c == "\"" {
                kind = try lexString()
            } else {
                kind = try lexSymbol()
            }
            tokens.append(Token(kind: kind, span: SourceSpan(start: start, end: position), spaceBefore: spaceBefore))
            spaceBefore = false
        }
        if tokens.last?.kind == .newline { tokens.removeLast() }
        tokens.append(Token(kind: .end, span: SourceSpan(at: position), spaceBefore: spaceBefore))
        return tokens
    }

    // MARK: - Pieces

    private mutating func lexNumber() throws(Diagnostic) -> TokenKind {
        let start = position
        var text = String.UnicodeScalarView()
        while index < scalars.count, isDigit(scalars[index]) { text.append(scalars[index]); advance() }
        if index + 1 < scalars.count, scalars[index] == ".", isDigit(scalars[index + 1]) {
            text.append("."); advance()
            while index < scalars.count, isDigit(scalars[index]) { text.append(scalars[index]); advance() }
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            var look = index + 1
            if look < scalars.count, scalars[look] == "+" || scalars[look] == "-" { look += 1 }
            if look < scalars.count, isDigit(scalars[look]) {
                text.append("e"); advance()
                if scalars[index] == "-" { text.append("-") }
                if scalars[index] == "+" || scalars[index] == "-" { advance() }
                while index < scalars.count, isDigit(scalars[index]) { text.append(scalars[index]); advance() }
            }
        }
        if index < scalars.count, isWordStart(scalars[index]) || scalars[index] == "." {
            let numberEnd = position
            var wordEnd = self
            while wordEnd.index < scalars.count, isWordPart(wordEnd.scalars[wordEnd.index]) || wordEnd.scalars[wordEnd.index] == "." {
                wordEnd.advance()
            }
            let literal = String(text)
            if scalars[index] == "." {
                throw Diagnostic("malformed number after `\(abbreviate(literal))`",
                                 at: SourceSpan(start: start, end: wordEnd.position),
                                 expected: "a number like 0.5 or 1e-3 (a file name goes in quotes: \"m.json\")")
            }
            throw Diagnostic("a number runs into a word here",
                             at: SourceSpan(start: numberEnd, end: wordEnd.position),
                             expected: "a space between the number `\(abbreviate(literal))` and the word")
        }
        let literal = String(text)
        guard let value = Double(literal), value.isFinite else {
            throw Diagnostic("number `\(abbreviate(literal))` is too large", at: SourceSpan(start: start, end: position),
                             expected: "a number below 1e308")
        }
        return .number(value)
    }

    private mutating func lexWord() throws(Diagnostic) -> TokenKind {
        var text = String.UnicodeScalarView()
        while index < scalars.count, isWordPart(scalars[index]) { text.append(scalars[index]); advance() }
        while index < scalars.count, scalars[index] == "'" { text.append("'"); advance() }
        if index < scalars.count, isWordPart(scalars[index]) {
            let start = position
            advance()
            throw Diagnostic("a derivative mark `'` ends a name", at: SourceSpan(start: start, end: position),
                             expected: "a space or an operator after `\(abbreviate(String(text)))`")
        }
        return .word(String(text))
    }

    private mutating func lexString() throws(Diagnostic) -> TokenKind {
        let start = position
        advance()  // opening quote
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            let c = scalars[index]
            if c == "\"" { advance(); return .string(String(text)) }
            if c == "\\" {
                let escapeStart = position
                advance()
                guard index < scalars.count else { break }
                let e = scalars[index]
                if e == "\"" || e == "\\" {
                    text.append(e); advance(); continue
                }
                advance()
                throw Diagnostic("unknown escape `\\\(DisplayWidth.shown(e))` in a string",
                                 at: SourceSpan(start: escapeStart, end: position),
                                 expected: "`\\\"` for a quote or `\\\\` for a backslash")
            }
            if c.value < 0x20 && c != "\n" && c != "\t" || c.value == 0x7F {
                let charStart = position
                advance()
                throw Diagnostic("control character \(codePoint(c)) inside a string",
                                 at: SourceSpan(start: charStart, end: position),
                                 expected: "printable text")
            }
            text.append(c)
            advance()
        }
        throw Diagnostic("this string is never closed", at: SourceSpan(start: start, end: position),
                         expected: "a closing `\"`")
    }

    private mutating func lexSymbol() throws(Diagnostic) -> TokenKind {
        let start = position
        let c = scalars[index]
        advance()
        let next: Unicode.Scalar? = index < scalars.count ? scalars[index] : nil
        switch c {
        case "[": depth += 1; return .leftBracket
        case "(": depth += 1; return .leftParen
        case "]": depth = Swift.max(0, depth - 1); return .rightBracket
        case ")": depth = Swift.max(0, depth - 1); return .rightParen
        case ",": return .comma
        case "+": return .plus
        case "-": return .minus
        case "*": return .star
        case "/": return .slash
        case "^": return .caret
        case "@": return .at
        case "\u{B7}", "\u{22C5}": return .dot
        case ";": return .semicolon
        case "?": return .question
        case "=":
            if next == "=" { advance(); return .equalEqual }
            return .equals
        case "<":
            if next == "=" { advance(); return .lessEqual }
            return .less
        case ">":
            if next == "=" { advance(); return .greaterEqual }
            return .greater
        case "!":
            if next == "=" { advance(); return .notEqual }
            throw Diagnostic("unexpected `!`", at: SourceSpan(start: start, end: position), expected: "`!=` (not equal)")
        default:
            throw unexpected(c, from: start)
        }
    }

    private func unexpected(_ c: Unicode.Scalar, from start: SourcePosition) -> Diagnostic {
        let span = SourceSpan(start: start, end: position)
        switch c {
        case "'":
            return Diagnostic("unexpected `'`", at: span,
                              expected: "a derivative mark right after a function name (sigmoid'); strings use double quotes")
        case "\u{D7}": return Diagnostic("unexpected `×`", at: span, expected: "`*` for multiplication", suggestion: "*")
        case "\u{F7}": return Diagnostic("unexpected `÷`", at: span, expected: "`/` for division", suggestion: "/")
        case "\u{2212}", "\u{2013}", "\u{2014}":
            return Diagnostic("unexpected dash \(codePoint(c))", at: span, expected: "an ASCII minus `-`", suggestion: "-")
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2018}", "\u{2019}":
            return Diagnostic("unexpected curly quote \(codePoint(c))", at: span, expected: "a straight double quote `\"`", suggestion: "\"")
        case ".":
            return Diagnostic("unexpected `.`", at: span, expected: "a number like 0.5 (a file name goes in quotes: \"m.json\")")
        default:
            break
        }
        if c.value < 0x20 || (c.value >= 0x7F && c.value < 0xA0) {
            return Diagnostic("control character \(codePoint(c)) is not allowed", at: span,
                              expected: "letters, digits, operators or brackets")
        }
        if c.value > 0x7F {
            return Diagnostic("unexpected character `\(c)` (\(codePoint(c)))", at: span,
                              expected: "ASCII names (letters, digits, `_`), numbers, operators or `·`")
        }
        return Diagnostic("unexpected character `\(c)`", at: span, expected: "a number, a name, a string, a bracket or an operator")
    }

    // MARK: - Helpers

    private mutating func advance() {
        let c = scalars[index]
        index += 1
        position.offset += UTF8.width(c)
        if c == "\n" {
            position.line += 1
            position.column = 1
        } else {
            position.column += DisplayWidth.of(c)
        }
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private func isWordStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }
    private func isWordPart(_ c: Unicode.Scalar) -> Bool { isWordStart(c) || isDigit(c) }
}

/// `U+00E9` for a scalar.
func codePoint(_ c: Unicode.Scalar) -> String {
    let hex = String(c.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
}
