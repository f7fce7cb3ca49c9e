/// The input of a code cell and what running it produced.
public struct CodeCell: Sendable, Equatable {
    /// The number shown beside the input (`[3]`, Jupyter's `execution_count`); nil for none.
    public var number: Int?
    /// The statements as typed, lines separated by `"\n"`.
    public var source: String
    /// What the statements produced, in order.
    public var outputs: [CellOutput]
    /// The number of the `undo` that took this statement back, if one did: the cell is kept
    /// and marked, not dropped.
    public var undoneBy: Int?

    /// Creates a code cell.
    public init(number: Int?, source: String, outputs: [CellOutput] = [], undoneBy: Int? = nil) {
        self.number = number
        self.source = source
        self.outputs = outputs
        self.undoneBy = undoneBy
    }

    /// Whether any output is an error.
    public var failed: Bool {
        outputs.contains { if case .error = $0 { return true } else { return false } }
    }
}
