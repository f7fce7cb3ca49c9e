/// How the lesson runner shows things.
public struct RunnerOptions: Sendable, Equatable {
    /// The terminal width in display columns, for prose.
    public var width: Int
    /// Whether ANSI colour may be used in the runner's own messages and prose.
    public var color: Bool
    /// Whether starting after cell 1 first runs the earlier cells quietly (code cells, and
    /// the solutions of exercises), so the session holds what the lesson expects there.
    public var catchesUp: Bool

    /// Options; by default 80 columns, no colour, catching up on.
    public init(width: Int = 80, color: Bool = false, catchesUp: Bool = true) {
        self.width = width
        self.color = color
        self.catchesUp = catchesUp
    }
}
