import CKernels

/// e^x, σ(x) and tanh(x) over blocks of raw floats, through the vectorised C kernels of
/// `CKernels` (AVX-512, AVX2 or SSE2, the same bits on each).
///
/// σ(x) = 1/(1 + e^−x) and tanh x = 1 − 2/(e^2x + 1) (a series near 0)
/// agree with `Tensor.sigmoid(_:)` and `Tensor.tanh(_:)` to a few ulp; they are written so
/// that the limits need no special cases. The fused sequence operations use these.
enum VectorMath {
    /// `p[r·stride + j] = σ(p[r·stride + j])` for `r < rows`, `j < columns`.
    @inline(__always)
    static func sigmoid(_ p: UnsafeMutablePointer<Float>, rows: Int, columns: Int, stride: Int) {
        nnlab_sigmoid_rows(p, stride, p, stride, rows, columns)
    }

    /// `p[r·stride + j] = tanh(p[r·stride + j])` for `r < rows`, `j < columns`.
    @inline(__always)
    static func tanh(_ p: UnsafeMutablePointer<Float>, rows: Int, columns: Int, stride: Int) {
        nnlab_tanh_rows(p, stride, p, stride, rows, columns)
    }

    /// `y[i] = tanh(x[i])` for `count` contiguous values.
    @inline(__always)
    static func tanh(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int) {
        nnlab_tanh_rows(x, count, y, count, 1, count)
    }

    /// `p[i] = e^p[i]` for `count` contiguous values.
    @inline(__always)
    static func exp(_ p: UnsafeMutablePointer<Float>, count: Int) {
        nnlab_exp(p, p, count)
    }
}
