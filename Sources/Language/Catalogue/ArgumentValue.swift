/// A checked argument value, converted to the kind its parameter asks for.
public enum ArgumentValue: Sendable, Equatable {
    /// A whole number (range-checked).
    case integer(Int)
    /// A real number (range-checked).
    case number(Double)
    /// A word; for enumerated words, the canonical lower-case spelling.
    case word(String)
    /// A quoted string.
    case string(String)
    /// A flat list of numbers.
    case numbers([Double])
    /// An expression (`plot`).
    case expression(Expression)

    /// The value as a real number, for `.integer` and `.number`.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }
}
