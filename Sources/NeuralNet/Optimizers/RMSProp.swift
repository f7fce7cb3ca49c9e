import Autodiff

/// RMSProp: `s ← ρs + (1−ρ)g²; p ← p − lr·g / (√s + ε)` with ρ = `beta2`.
public final class RMSProp: Optimizer, @unchecked Sendable {
    public let settings: OptimizerSettings
    private var squares = SlotState()

    /// An RMSProp optimiser.
    public init(settings: OptimizerSettings) {
        self.settings = settings
    }

    public func step(_ parameters: [Tensor]) {
        squares.prepare(parameters)
        let lr = settings.learningRate, eps = settings.epsilon, rho = settings.beta2
        for (index, p) in parameters.enumerated() {
            guard let g = p.grad else { continue }
            squares.with(index) { s in
                for i in 0..<s.count {
                    s[i] = rho * s[i] + (1 - rho) * g[i] * g[i]
                    p.data[i] -= lr * g[i] / (s[i].squareRoot() + eps)
                }
            }
        }
    }

    public func reset() { squares.reset() }
}
