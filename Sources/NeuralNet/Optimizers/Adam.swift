import Foundation
import Autodiff

/// Adam (as PyTorch, t from 1): `m ← β1m + (1−β1)g; v ← β2v + (1−β2)g²;
/// p ← p − lr·(m/(1−β1ᵗ)) / (√(v/(1−β2ᵗ)) + ε)`. AdamW first shrinks
/// `p ← p·(1 − lr·λ)` (decoupled weight decay).
public final class Adam: Optimizer, @unchecked Sendable {
    public var settings: OptimizerSettings
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
            updating(p) { w, g in
                first.with(index) { m in
                    second.with(index) { v in
                        Adam.update(w: w, g: g, m: m, v: v, lr: lr, b1: b1, b2: b2, eps: eps,
                                    correction1: correction1, correction2: correction2, decay: decay)
                    }
                }
            }
        }
    }

    /// The element-wise Adam update in PyTorch's arrangement,
    /// `p ← p·decay − (lr/c1) · m / (√v/√c2 + ε)`, by the vectorised C kernel.
    @inline(__always)
    static func update(w: UnsafeMutableBufferPointer<Float>, g: UnsafeBufferPointer<Float>,
                       m: UnsafeMutableBufferPointer<Float>, v: UnsafeMutableBufferPointer<Float>,
                       lr: Float, b1: Float, b2: Float, eps: Float,
                       correction1: Float, correction2: Float, decay: Float) {
        guard let pw = w.baseAddress, let pg = g.baseAddress, let pm = m.baseAddress, let pv = v.baseAddress else { return }
        VectorKernels.adamUpdate(w: pw, g: pg, m: pm, v: pv, count: m.count, b1: b1, b2: b2, eps: eps,
                                 stepSize: lr / correction1, rootCorrection2: correction2.squareRoot(), decay: decay)
    }

    public func reset() {
        first.reset()
        second.reset()
        t = 0
    }

    public func copy() -> any Optimizer {
        let c = Adam(settings: settings)
        c.first = first
        c.second = second
        c.t = t
        return c
    }
}
