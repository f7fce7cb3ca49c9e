/// What an argument or option value must be.
public indirect enum ValueKind: Sendable {
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    /// A number within the range.
    case number(NumberRange)
    /// One of these words (case-insensitive); `noun` names the set in messages ("activation").
    case word([String], noun: String)
    /// Any bare word (a column name, a help topic checked later).
    case name
    /// A quoted string (a file path).
    case string
    /// An expression (`plot`).
    case expression
    /// A bracketed list of at most `maxCount` numbers.
    case numbers(maxCount: Int)
    /// Whichever of these kinds fits the argument's shape first.
    case either([ValueKind])

    /// A phrase for messages and help: "a whole number from 1 to 4096", "one of sgd, adam".
    public var description: String {
        switch self {
        case .integer(let r):
            if r.upperBound == Int.max { return "a whole number, at least \(r.lowerBound)" }
            return "a whole number from \(r.lowerBound) to \(r.upperBound)"
        case .number(let r): return r.description
        case .word(let words, _): return "one of " + listing(words)
        case .name: return "a name"
        case .string: return "a quoted string such as \"file.csv\""
        case .expression: return "an expression such as sigmoid or x^2 - 1"
        case .numbers(let n): return "a list of up to \(n) numbers, such as [0.5, -1]"
        case .either(let kinds): return kinds.map(\.description).joined(separator: ", or ")
        }
    }

    /// The enumerated words, if this kind is (or includes) a word set.
    public var words: [String] {
        switch self {
        case .word(let w, _): return w
        case .either(let kinds): return kinds.flatMap(\.words)
        default: return []
        }
    }
}
