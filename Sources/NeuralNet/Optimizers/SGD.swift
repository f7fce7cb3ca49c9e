import Autodiff

/// Stochastic gradient descent: `p ← p − lr·g`.
public final class SGD: Optimizer, @unchecked Sendable {
    public var settings: OptimizerSettings

    /// An SGD optimiser.
    public init(settings: OptimizerSettings) {
        self.settings = settings
    }

    public func step(_ parameters: [Tensor]) {
        let lr = settings.learningRate
        for p in parameters {
            updating(p) { w, g in
                for i in 0..<w.count { w[i] -= lr * g[i] }
            }
        }
    }

    public func reset() {}

    public func copy() -> any Optimizer {
        let c = SGD(settings: settings)
        return c
    }
}
