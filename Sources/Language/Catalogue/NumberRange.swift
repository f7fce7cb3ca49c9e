/// The allowed range of a real-valued argument, with open or closed ends.
public struct NumberRange: Sendable, Equatable {
    /// The lower bound, if any.
    public var lower: Double?
    /// Whether the lower bound itself is excluded (`lr` must be > 0).
    public var lowerIsOpen: Bool
    /// The upper bound, if any.
    public var upper: Double?
    /// Whether the upper bound itself is excluded (`momentum` must be < 1).
    public var upperIsOpen: Bool

    /// Creates a range.
    public init(lower: Double? = nil, lowerIsOpen: Bool = false, upper: Double? = nil, upperIsOpen: Bool = false) {
        self.lower = lower
        self.lowerIsOpen = lowerIsOpen
        self.upper = upper
        self.upperIsOpen = upperIsOpen
    }

    /// Any finite number.
    public static let any = NumberRange()
    /// `0 ≤ x ≤ upper`.
    public static func nonNegative(upTo upper: Double) -> NumberRange { NumberRange(lower: 0, upper: upper) }
    /// `0 < x ≤ upper`.
    public static func positive(upTo upper: Double) -> NumberRange { NumberRange(lower: 0, lowerIsOpen: true, upper: upper) }
    /// `0 ≤ x < 1`.
    public static let unitOpen = NumberRange(lower: 0, upper: 1, upperIsOpen: true)

    /// Whether `x` lies in the range.
    public func contains(_ x: Double) -> Bool {
        if let lower, lowerIsOpen ? x <= lower : x < lower { return false }
        if let upper, upperIsOpen ? x >= upper : x > upper { return false }
        return true
    }

    /// "a number from 0 to 10", "a number greater than 0, at most 1000", "any number".
    public var description: String {
        switch (lower, upper) {
        case (nil, nil): return "a number"
        case (let l?, nil): return "a number \(lowerIsOpen ? "greater than" : "at least") \(formatNumber(l))"
        case (nil, let u?): return "a number \(upperIsOpen ? "below" : "at most") \(formatNumber(u))"
        case (let l?, let u?):
            if !lowerIsOpen && !upperIsOpen { return "a number from \(formatNumber(l)) to \(formatNumber(u))" }
            return "a number \(lowerIsOpen ? "greater than" : "at least") \(formatNumber(l)) and \(upperIsOpen ? "below" : "at most") \(formatNumber(u))"
        }
    }
}
