/// The verdict on an `expect` condition (`accuracy valid >= 0.95`) checked against the
/// session's state: lessons use it for goals and proofs.
public struct Expectation: Sendable, Equatable {
    /// The condition as written (without the word `expect`).
    public var condition: String
    /// Whether it holds.
    public var isMet: Bool
    /// The measured value of the left-hand side, when it is a number.
    public var actual: Double?
    /// A sentence for the learner: "valid accuracy is 0.97 (goal: ≥ 0.95)".
    public var explanation: String

    /// A verdict.
    public init(condition: String, isMet: Bool, actual: Double?, explanation: String) {
        self.condition = condition
        self.isMet = isMet
        self.actual = actual
        self.explanation = explanation
    }
}
