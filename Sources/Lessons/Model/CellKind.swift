/// What a cell of a lesson is for.
public enum CellKind: String, Sendable, Equatable {
    /// ```` ```nnlab ````: statements the runner runs when the learner reaches the cell; its
    /// `expect` lines are run as statements too (they fail when unmet).
    case code
    /// ```` ```nnlab exercise ````: a goal for the learner, with hints, starter lines and a
    /// hidden solution (the ```` ```nnlab solution ```` cell that follows it).
    case exercise
}
