/// An infix operator of an expression.
public enum BinaryOperator: String, Sendable, Equatable, CaseIterable {
    /// `+`
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*` (element-wise)
    case multiply = "*"
    /// `/` (element-wise)
    case divide = "/"
    /// `^` (power, right-associative)
    case power = "^"
    /// `·` or the word `dot`: dot product
    case dot = "·"
    /// `@`: matrix product
    case matmul = "@"
    /// `<`
    case less = "<"
    /// `<=`
    case lessEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterEqual = ">="
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="

    /// Binding strength: comparison 1, `+ -` 2, `* / · @` 3, `^` 5 (unary minus is 4).
    public var precedence: Int {
        switch self {
        case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: return 1
        case .add, .subtract: return 2
        case .multiply, .divide, .dot, .matmul: return 3
        case .power: return 5
        }
    }

    /// Whether the operator compares (yields true/false).
    public var isComparison: Bool { precedence == 1 }
}
