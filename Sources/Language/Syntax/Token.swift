/// What kind of token the lexer found, with its value.
public enum TokenKind: Sendable, Equatable {
    /// A number literal, always non-negative (a minus sign is its own token).
    case number(Double)
    /// A word: ASCII letters, digits and `_`, starting with a letter or `_`, possibly ending
    /// in one or more `'` (derivative marks, as in `sigmoid'`).
    case word(String)
    /// A double-quoted string with its escapes resolved.
    case string(String)
    /// `[`
    case leftBracket
    /// `]`
    case rightBracket
    /// `(`
    case leftParen
    /// `)`
    case rightParen
    /// `,`
    case comma
    /// `=` (an option's `name=value`, or a binding)
    case equals
    /// `+`
    case plus
    /// `-` (subtraction, unary minus, or the sign of a number argument)
    case minus
    /// `*`
    case star
    /// `/`
    case slash
    /// `^`
    case caret
    /// `@` (matrix product)
    case at
    /// `·` (U+00B7) or `⋅` (U+22C5): dot product. The word `dot` is a `.word`.
    case dot
    /// `<`
    case less
    /// `<=`
    case lessEqual
    /// `>`
    case greater
    /// `>=`
    case greaterEqual
    /// `==`
    case equalEqual
    /// `!=`
    case notEqual
    /// `;` (at the end of a statement: hide its output)
    case semicolon
    /// `?` (at the start of a line: `?train` means `help train`)
    case question
    /// A line break outside brackets: the end of a statement in a multi-line text.
    case newline
    /// The end of the input.
    case end

    /// How the token is written, for messages (`number 16`, `` `relu` ``, `` `[` ``).
    public var display: String {
        switch self {
        case .number(let v): return "number \(formatNumber(v))"
        case .word(let w): return "`\(abbreviate(w))`"
        case .string(let s): return "string \"\(abbreviate(s))\""
        case .newline: return "the line break"
        case .end: return "the end of the line"
        default: return "`\(symbol)`"
        }
    }

    /// The punctuation or operator symbol (empty for value tokens).
    public var symbol: String {
        switch self {
        case .leftBracket: return "["
        case .rightBracket: return "]"
        case .leftParen: return "("
        case .rightParen: return ")"
        case .comma: return ","
        case .equals: return "="
        case .plus: return "+"
        case .minus: return "-"
        case .star: return "*"
        case .slash: return "/"
        case .caret: return "^"
        case .at: return "@"
        case .dot: return "·"
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        case .equalEqual: return "=="
        case .notEqual: return "!="
        case .semicolon: return ";"
        case .question: return "?"
        default: return ""
        }
    }
}

/// One token of a statement with where it is.
public struct Token: Sendable, Equatable {
    /// What the token is.
    public var kind: TokenKind
    /// Where it is in the source.
    public var span: SourceSpan
    /// Whether whitespace (or a comment) comes directly before it; `-2` versus `- 2`.
    public var spaceBefore: Bool

    /// Creates a token.
    public init(kind: TokenKind, span: SourceSpan, spaceBefore: Bool) {
        self.kind = kind
        self.span = span
        self.spaceBefore = spaceBefore
    }

    /// The word's text if this is a word token.
    public var word: String? {
        if case .word(let w) = kind { return w }
        return nil
    }
}
