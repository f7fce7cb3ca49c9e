/// A built-in function of the expression language.
public struct FunctionSpec: Sendable {
    /// Its name (`sigmoid`).
    public var name: String
    /// How many arguments it takes.
    public var arity: ClosedRange<Int>
    /// A one-line description with the formula.
    public var summary: String

    /// Creates a function spec.
    public init(_ name: String, _ arity: ClosedRange<Int>, _ summary: String) {
        self.name = name
        self.arity = arity
        self.summary = summary
    }
}
