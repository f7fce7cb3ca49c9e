/// Words of the expression language that can't be bound by `let`.
public enum ReservedWords {
    /// `let`, `grad`, `wrt`, `dot` and `ans` (the last value, which nnlab sets). Commands and
    /// built-in functions are refused separately; `x` (plot's variable) may be bound.
    public static let all: Set<String> = ["let", "grad", "wrt", "dot", "ans"]
}
