/// Single-precision matrix product on raw buffers: the engine's one hot kernel.
///
/// `C[m×n] (+)= op(A) · op(B)` with row-major storage, where `op(A)` is `A[m×k]` or, when
/// `transposeA`, `Aᵀ` of a stored `A[k×m]` (likewise `B`). Transposed operands are packed
/// into a contiguous copy first; the product then runs as an i-k-j loop over four rows of C
/// at a time, which the compiler vectorises along j. The reduction order over k is fixed,
/// so results are the same bytes on every run.
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
        var packedA: UnsafeMutablePointer<Float>? = nil
        var packedB: UnsafeMutablePointer<Float>? = nil
        defer {
            packedA?.deallocate()
            packedB?.deallocate()
        }
        var aRows = a
        if transposeA {
            let p = UnsafeMutablePointer<Float>.allocate(capacity: m * k)
            transpose(a, rows: k, columns: m, into: p)
            packedA = p
            aRows = UnsafePointer(p)
        }
        var bRows = b
        if transposeB {
            let p = UnsafeMutablePointer<Float>.allocate(capacity: k * n)
            transpose(b, rows: n, columns: k, into: p)
            packedB = p
            bRows = UnsafePointer(p)
        }
        kernelNN(m: m, n: n, k: k, a: aRows, b: bRows, c: c)
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

    /// `C += A·B` for row-major `A[m×k]`, `B[k×n]`, `C[m×n]`.
    @inline(__always)
    static func kernelNN(m: Int, n: Int, k: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>) {
        var i = 0
        while i + 4 <= m {
            let c0 = c + i * n, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n
            let a0 = a + i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k
            for p in 0..<k {
                let v0 = a0[p], v1 = a1[p], v2 = a2[p], v3 = a3[p]
                let bp = b + p * n
                for j in 0..<n {
                    let bv = bp[j]
                    c0[j] += v0 * bv
                    c1[j] += v1 * bv
                    c2[j] += v2 * bv
                    c3[j] += v3 * bv
                }
            }
            i += 4
        }
        while i < m {
            let ci = c + i * n
            let ai = a + i * k
            for p in 0..<k {
                let v = ai[p]
                let bp = b + p * n
                for j in 0..<n { ci[j] += v * bp[j] }
            }
            i += 1
        }
    }
}
