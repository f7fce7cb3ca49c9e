/// A value computed by hand: `sigmoid(w · x + 0.1)`, `[1, 2]`, `grad f(w) wrt w`.
///
/// Every node carries the span of the text it was parsed from. Precedence, loosest first:
/// comparison (`< <= > >= == !=`, not chained), `+ -`, `* / · dot @`, unary `-`, `^`
/// (right-associative): `-x^2` is `-(x^2)`, `2^-1` is `2^(-1)`, `2^3^2` is `2^(3^2)`.
/// A literal `-2` is folded into `.number(-2)`.
public indirect enum Expression: Sendable, Equatable, CustomStringConvertible {
    /// A number literal.
    case number(Double, span: SourceSpan)
    /// A name: a variable, `ans`, or a function used as a value (`plot sigmoid`).
    case identifier(String, span: SourceSpan)
    /// A function's derivative used as a value: `sigmoid'` (order 1), `tanh''` (order 2).
    case derivative(function: String, order: Int, span: SourceSpan)
    /// A call `f(a, b)`; `derivativeOrder` > 0 for `sigmoid'(0.5)`.
    case call(function: String, derivativeOrder: Int, arguments: [Expression], span: SourceSpan)
    /// A list literal `[a, b]`, possibly nested.
    case list([Expression], span: SourceSpan)
    /// Unary minus `-e`.
    case negate(Expression, span: SourceSpan)
    /// `lhs op rhs`.
    case binary(BinaryOperator, Expression, Expression, span: SourceSpan)
    /// `grad body wrt a, b`: the value of `body` and its gradients with respect to the names.
    case grad(Expression, withRespectTo: [Word], span: SourceSpan)

    /// Where the expression is in the source.
    public var span: SourceSpan {
        switch self {
        case .number(_, let s), .identifier(_, let s), .derivative(_, _, let s), .call(_, _, _, let s),
             .list(_, let s), .negate(_, let s), .binary(_, _, _, let s), .grad(_, _, let s):
            return s
        }
    }

    /// The same expression covering `span` (a parenthesised expression covers its parentheses).
    func covering(_ span: SourceSpan) -> Expression {
        switch self {
        case .number(let v, _): return .number(v, span: span)
        case .identifier(let n, _): return .identifier(n, span: span)
        case .derivative(let f, let o, _): return .derivative(function: f, order: o, span: span)
        case .call(let f, let o, let a, _): return .call(function: f, derivativeOrder: o, arguments: a, span: span)
        case .list(let items, _): return .list(items, span: span)
        case .negate(let e, _): return .negate(e, span: span)
        case .binary(let op, let l, let r, _): return .binary(op, l, r, span: span)
        case .grad(let b, let names, _): return .grad(b, withRespectTo: names, span: span)
        }
    }

    /// A compact, fully parenthesised form without spans, for tests and debugging:
    /// `(+ (^ x 2) -1)`, `(call sigmoid (· w x))`, `[1 2]`, `(grad (call f w) wrt w b)`.
    public var description: String {
        switch self {
        case .number(let v, _): return formatNumber(v)
        case .identifier(let name, _): return name
        case .derivative(let f, let order, _): return f + String(repeating: "'", count: order)
        case .call(let f, let order, let args, _):
            let name = f + String(repeating: "'", count: order)
            return "(call \(name)" + args.map { " " + $0.description }.joined() + ")"
        case .list(let items, _): return "[" + items.map(\.description).joined(separator: " ") + "]"
        case .negate(let e, _): return "(- \(e))"
        case .binary(let op, let l, let r, _): return "(\(op.rawValue) \(l) \(r))"
        case .grad(let body, let names, _):
            return "(grad \(body) wrt " + names.map(\.text).joined(separator: " ") + ")"
        }
    }
}
