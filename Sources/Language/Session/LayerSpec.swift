import NeuralNet

/// A layer as the learner declared it (`layer dense 16 relu`), before weights exist.
public enum LayerSpec: Sendable, Equatable {
    /// A dense layer of `units` units.
    case dense(units: Int, activation: Activation)
    /// A dropout layer.
    case dropout(rate: Float)

    /// How `show model` names it.
    public var summary: String {
        switch self {
        case .dense(let units, let activation): return "dense \(units) \(activation.rawValue)"
        case .dropout(let rate): return "dropout \(Format.number(Double(rate)))"
        }
    }
}
