import Autodiff

/// The activation functions a layer can apply to its output.
public enum Activation: String, CaseIterable, Codable, Sendable {
    /// The identity: the layer stays linear.
    case linear
    /// 1 / (1 + e⁻ˣ), squashing into (0, 1).
    case sigmoid
    /// The hyperbolic tangent, squashing into (−1, 1).
    case tanh
    /// max(0, x).
    case relu
    /// x for x > 0, 0.01·x otherwise.
    case leakyRelu = "leaky_relu"
    /// exp(xᵢ) / Σ exp(xⱼ) over the features: class probabilities.
    case softmax

    /// Applies the activation.
    public func apply(_ x: Tensor) throws(TensorError) -> Tensor {
        switch self {
        case .linear: return x
        case .sigmoid: return x.sigmoid()
        case .tanh: return x.tanh()
        case .relu: return x.relu()
        case .leakyRelu: return x.leakyRelu()
        case .softmax: return try x.softmax()
        }
    }
}
