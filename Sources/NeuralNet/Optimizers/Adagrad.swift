import Autodiff

/// Adagrad: `s ← s + g²; p ← p − lr·g / (√s + ε)`.
public final class Adagrad: Optimizer, @unchecked Sendable {
    public let settings: OptimizerSettings
    private var squares = SlotState()

    /// An Adagrad optimiser.
    public init(settings: OptimizerSettings) {
        self.settings = settings
    }

    public func step(_ parameters: [Tensor]) {
        squares.prepare(parameters)
        let lr = settings.learningRate, eps = settings.epsilon
        for (index, p) in parameters.enumerated() {
            guard let g = p.grad else { continue }
            squares.with(index) { s in
                for i in 0..<s.count {
                    s[i] += g[i] * g[i]
                    p.data[i] -= lr * g[i] / (s[i].squareRoot() + eps)
                }
            }
        }
    }

    public func reset() { squares.reset() }
}
