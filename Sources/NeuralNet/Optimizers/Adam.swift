import Foundation
import Autodiff

/// Adam (as PyTorch, t from 1): `m ← β1m + (1−β1)g; v ← β2v + (1−β2)g²;
/// p ← p − lr·(m/(1−β1ᵗ)) / (√(v/(1−β2ᵗ)) + ε)`. AdamW first shrinks
/// `p ← p·(1 − lr·λ)` (decoupled weight decay).
public final class Adam: Optimizer, @unchecked Sendable {
    public let settings: OptimizerSettings
    private var first = SlotState()
    private var second = SlotState()
    private var t = 0

    /// An Adam optimiser (AdamW when `settings.kind == .adamw`).
    public init(settings: OptimizerSettings) {
        self.settings = settings
    }

    public func step(_ parameters: [Tensor]) {
        if first.prepare(parameters) { t = 0 }
        second.prepare(parameters)
        t += 1
        let lr = settings.learningRate, b1 = settings.beta1, b2 = settings.beta2, eps = settings.epsilon
        let correction1 = 1 - Float(Foundation.pow(Double(b1), Double(t)))
        let correction2 = 1 - Float(Foundation.pow(Double(b2), Double(t)))
        let decay: Float = settings.kind == .adamw ? 1 - lr * settings.weightDecay : 1
        for (index, p) in parameters.enumerated() {
            guard let g = p.grad else { continue }
            first.with(index) { m in
                second.with(index) { v in
                    p.data.withUnsafeMutableBufferPointer { w in
                        for i in 0..<m.count {
                            m[i] = b1 * m[i] + (1 - b1) * g[i]
                            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                            let mHat = m[i] / correction1
                            let vHat = v[i] / correction2
                            w[i] = w[i] * decay - lr * mHat / (vHat.squareRoot() + eps)
                        }
                    }
                }
            }
        }
    }

    public func reset() {
        first.reset()
        second.reset()
        t = 0
    }
}
