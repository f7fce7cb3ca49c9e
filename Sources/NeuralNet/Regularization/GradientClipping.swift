import Autodiff

/// Gradient clipping by global norm: when the norm of all gradients together exceeds
/// `maxNorm`, every gradient is scaled down by the same factor.
public enum GradientClipping {
    /// The global L2 norm of the gradients of `parameters` (missing gradients count 0).
    public static func norm(of parameters: [Tensor]) -> Float {
        var total: Float = 0
        for p in parameters { for g in p.grad ?? [] { total += g * g } }
        return total.squareRoot()
    }

    /// Scales the gradients so that their global norm is at most `maxNorm`; returns the
    /// norm before clipping.
    @discardableResult
    public static func clip(_ parameters: [Tensor], maxNorm: Float) -> Float {
        let n = norm(of: parameters)
        guard maxNorm > 0, n > maxNorm, n.isFinite else { return n }
        let scale = maxNorm / n
        for p in parameters {
            guard var g = p.grad else { continue }
            for i in 0..<g.count { g[i] *= scale }
            p.grad = g
        }
        return n
    }
}
