import Autodiff

/// Stochastic gradient descent: `p ← p − lr·g`.
public final class SGD: Optimizer, @unchecked Sendable {
    public let settings: OptimizerSettings

    /// An SGD optimiser.
    public init(settings: OptimizerSettings) {
        self.settings = settings
    }

    public func step(_ parameters: [Tensor]) {
        let lr = settings.learningRate
        for p in parameters {
            guard let g = p.grad else { continue }
            p.data.withUnsafeMutableBufferPointer { w in
                g.withUnsafeBufferPointer { g in
                    for i in 0..<w.count { w[i] -= lr * g[i] }
                }
            }
        }
    }

    public func reset() {}
}
