import Autodiff

/// Central finite-difference gradient checking for tests.
enum GradientCheck {
    /// Random values in [−scale, scale), away from 0 by at least `margin` (so kinks such as
    /// relu's and abs's are not straddled by the finite difference).
    static func values(_ count: Int, seed: UInt64, scale: Double = 1, margin: Double = 0.05) -> [Float] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var v = rng.symmetric(scale)
            if Swift.abs(v) < margin { v = v < 0 ? -margin - 0.01 : margin + 0.01 }
            return Float(v)
        }
    }

    /// A leaf that requires gradients, filled from `seed`.
    static func leaf(_ shape: [Int], seed: UInt64, scale: Double = 1) -> Tensor {
        Tensor(shape: shape, data: values(shape.elementCount, seed: seed, scale: scale), requiresGrad: true)
    }

    /// The largest mismatch between backpropagated and central-difference gradients of
    /// `sum(f(inputs) ⊙ R)` for a fixed random R, relative to `1 + |numeric|`.
    static func worstError(_ inputs: [Tensor], epsilon: Float = 1e-2,
                           _ f: ([Tensor]) throws -> Tensor) throws -> Float {
        let probe = try f(inputs)
        let weights = Tensor(shape: probe.shape, data: values(probe.count, seed: 99, scale: 1, margin: 0.1))
        func objective() throws -> Tensor { try (f(inputs) * weights).sum() }
        for t in inputs { t.zeroGrad() }
        try objective().backward()
        var worst: Float = 0
        for t in inputs {
            let analytic = t.grad ?? [Float](repeating: 0, count: t.count)
            for i in 0..<t.count {
                let saved = t.data[i]
                t.data[i] = saved + epsilon
                let up = try GradMode.withoutRecording { try objective().scalar }
                t.data[i] = saved - epsilon
                let down = try GradMode.withoutRecording { try objective().scalar }
                t.data[i] = saved
                let numeric = (up - down) / (2 * epsilon)
                worst = max(worst, Swift.abs(numeric - analytic[i]) / (1 + Swift.abs(numeric)))
            }
        }
        return worst
    }
}
