/// The nonlinearity σ of a plain recurrent cell, h_t = σ(W x_t + V h_{t−1} + b).
public enum RecurrentActivation: String, Sendable, CaseIterable, Codable {
    /// tanh: outputs in (−1, 1); the usual choice.
    case tanh
    /// max(0, ·): unbounded, so long sequences can explode.
    case relu
    /// The logistic function: outputs in (0, 1).
    case sigmoid
}
