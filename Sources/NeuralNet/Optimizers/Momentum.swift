import Autodiff

/// SGD with momentum, `v ← μv + g; p ← p − lr·v`, or with Nesterov's look-ahead,
/// `p ← p − lr·(g + μv)` (PyTorch's formulation).
public final class Momentum: Optimizer, @unchecked Sendable {
    public var settings: OptimizerSettings
    private var velocity = SlotState()

    /// A momentum optimiser (Nesterov when `settings.kind == .nesterov`).
    public init(settings: OptimizerSettings) {
        self.settings = settings
    }

    public func step(_ parameters: [Tensor]) {
        velocity.prepare(parameters)
        let lr = settings.learningRate, mu = settings.momentum
        let nesterov = settings.kind == .nesterov
        for (index, p) in parameters.enumerated() {
            updating(p) { w, g in
                velocity.with(index) { v in
                    for i in 0..<v.count {
                        v[i] = mu * v[i] + g[i]
                        w[i] -= lr * (nesterov ? g[i] + mu * v[i] : v[i])
                    }
                }
            }
        }
    }

    public func reset() { velocity.reset() }

    public func copy() -> any Optimizer {
        let c = Momentum(settings: settings)
        c.velocity = velocity
        return c
    }
}
