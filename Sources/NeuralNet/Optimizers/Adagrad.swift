import Autodiff

/// Adagrad: `s ← s + g²; p ← p − lr·g / (√s + ε)`.
public final class Adagrad: Optimizer, @unchecked Sendable {
    public var settings: OptimizerSettings
    private var squares = SlotState()

    /// An Adagrad optimiser.
    public init(settings: OptimizerSettings) {
        self.settings = settings
    }

    public func step(_ parameters: [Tensor]) {
        squares.prepare(parameters)
        let lr = settings.learningRate, eps = settings.epsilon
        for (index, p) in parameters.enumerated() {
            updating(p) { w, g in
                squares.with(index) { s in
                    guard let pw = w.baseAddress, let pg = g.baseAddress, let ps = s.baseAddress else { return }
                    VectorKernels.scaledUpdate(w: pw, g: pg, s: ps, count: s.count, lr: lr, rho: -1, eps: eps)
                }
            }
        }
    }

    public func reset() { squares.reset() }

    public func copy() -> any Optimizer {
        let c = Adagrad(settings: settings)
        c.squares = squares
        return c
    }
}
