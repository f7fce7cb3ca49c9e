import Autodiff

/// RMSProp: `s ← ρs + (1−ρ)g²; p ← p − lr·g / (√s + ε)` with ρ = `beta2`.
public final class RMSProp: Optimizer, @unchecked Sendable {
    public var settings: OptimizerSettings
    private var squares = SlotState()

    /// An RMSProp optimiser.
    public init(settings: OptimizerSettings) {
        self.settings = settings
    }

    public func step(_ parameters: [Tensor]) {
        squares.prepare(parameters)
        let lr = settings.learningRate, eps = settings.epsilon, rho = settings.beta2
        for (index, p) in parameters.enumerated() {
            updating(p) { w, g in
                squares.with(index) { s in
                    guard let pw = w.baseAddress, let pg = g.baseAddress, let ps = s.baseAddress else { return }
                    VectorKernels.scaledUpdate(w: pw, g: pg, s: ps, count: s.count, lr: lr, rho: rho, eps: eps)
                }
            }
        }
    }

    public func reset() { squares.reset() }

    public func copy() -> any Optimizer {
        let c = RMSProp(settings: settings)
        c.squares = squares
        return c
    }
}
