import CKernels

/// Single-precision matrix product on raw buffers: the engine's one hot kernel.
///
/// `C[m×n] (+)= op(A) · op(B)` with row-major storage, where `op(A)` is `A[m×k]` or, when
/// `transposeA`, `Aᵀ` of a stored `A[k×m]` (likewise `B`). A transposed B is packed into a
/// contiguous copy first; a transposed A is read in place by the kernel's "tn" form. The
/// product runs in the C kernel of `CKernels`, blocks of rows of C by two vectors held in
/// registers. Each element sums its products in the order of k with separate multiplies and
/// adds, so results are the same bytes on every run and CPU, transposed or not.
public enum Gemm {
    /// Computes `C = op(A)·op(B)`, or `C += op(A)·op(B)` when `accumulate`.
    public static func multiply(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, transposeA: Bool,
        b: UnsafePointer<Float>, transposeB: Bool,
        c: UnsafeMutablePointer<Float>, accumulate: Bool
    ) {
        if !accumulate { c.update(repeating: 0, count: m * n) }
        if m == 0 || n == 0 || k == 0 { return }
        var packedB: UnsafeMutablePointer<Float>? = nil
        defer { packedB?.deallocate() }
        var bRows = b
        if transposeB {
            let p = UnsafeMutablePointer<Float>.allocate(capacity: k * n)
            transpose(b, rows: n, columns: k, into: p)
            packedB = p
            bRows = UnsafePointer(p)
        }
        if transposeA {
            nnlab_sgemm_tn(m, n, k, a, bRows, c)
        } else {
            kernelNN(m: m, n: n, k: k, a: a, b: bRows, c: c)
        }
    }

    /// `dst[j][i] = src[i][j]` for a `rows × columns` source.
    @inline(__always)
    public static func transpose(_ src: UnsafePointer<Float>, rows: Int, columns: Int, into dst: UnsafeMutablePointer<Float>) {
        let block = 16
        var i0 = 0
        while i0 < rows {
            let i1 = min(i0 + block, rows)
            var j0 = 0
            while j0 < columns {
                let j1 = min(j0 + block, columns)
                for i in i0..<i1 {
                    for j in j0..<j1 { dst[j * rows + i] = src[i * columns + j] }
                }
                j0 = j1
            }
            i0 = i1
        }
    }

    /// `C += A·B` for row-major `A[m×k]`, `B[k×n]`, `C[m×n]`: the register-blocked C kernel,
    /// which picks AVX-512, AVX2 or SSE2 at run time and gives the same bits on each.
    @inline(__always)
    static func kernelNN(m: Int, n: Int, k: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>) {
        nnlab_sgemm_nn(m, n, k, a, b, c)
    }

    /// The vector width the matrix kernel uses on this CPU (`avx512`, `avx2` or `sse2`).
    public static var kernelName: String { String(cString: nnlab_sgemm_kernel_name()) }
}
