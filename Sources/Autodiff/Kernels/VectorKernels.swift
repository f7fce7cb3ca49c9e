import CKernels

/// Element-wise optimiser updates over raw buffers, vectorised in C (Swift's `sqrt` keeps
/// C's errno semantics, which stops loops over it from vectorising). The optimisers of
/// NeuralNet call these; the C kernels stay behind Autodiff.
public enum VectorKernels {
    /// Adam in PyTorch's arrangement over `count` values:
    /// `m ← b1·m + (1−b1)·g`, `v ← b2·v + (1−b2)·g²`,
    /// `w ← w·decay − stepSize · m / (√v / rootCorrection2 + eps)`.
    @inline(__always)
    public static func adamUpdate(w: UnsafeMutablePointer<Float>, g: UnsafePointer<Float>,
                                  m: UnsafeMutablePointer<Float>, v: UnsafeMutablePointer<Float>, count: Int,
                                  b1: Float, b2: Float, eps: Float, stepSize: Float, rootCorrection2: Float, decay: Float) {
        nnlab_adam_update(w, g, m, v, count, b1, b2, eps, stepSize, rootCorrection2, decay)
    }

    /// RMSProp over `count` values: `s ← rho·s + (1−rho)·g²`, `w ← w − lr·g / (√s + eps)`;
    /// with `rho < 0`, Adagrad: `s ← s + g²`.
    @inline(__always)
    public static func scaledUpdate(w: UnsafeMutablePointer<Float>, g: UnsafePointer<Float>,
                                    s: UnsafeMutablePointer<Float>, count: Int, lr: Float, rho: Float, eps: Float) {
        nnlab_scaled_update(w, g, s, count, lr, rho, eps)
    }
}
