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
    ///
    /// Columns are taken in panels of 32 (then 16) held in `SIMD16` registers: four rows of
    /// C, two vectors wide, accumulate over a block of up to 256 values of k before they are
    /// stored, so each loaded row of B feeds eight multiply-adds. Leftover columns use a
    /// scalar loop.
    @inline(__always)
    static func kernelNN(m: Int, n: Int, k: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>) {
        let kBlock = 256
        var k0 = 0
        while k0 < k {
            let k1 = min(k0 + kBlock, k)
            var j = 0
            while j + 32 <= n {
                var i = 0
                while i + 4 <= m {
                    panel4x32(i: i, j: j, k0: k0, k1: k1, n: n, k: k, a: a, b: b, c: c)
                    i += 4
                }
                while i < m {
                    panel1x32(i: i, j: j, k0: k0, k1: k1, n: n, k: k, a: a, b: b, c: c)
                    i += 1
                }
                j += 32
            }
            while j + 16 <= n {
                for i in 0..<m {
                    var acc = load(c + i * n + j)
                    let ai = a + i * k
                    for p in k0..<k1 { acc += SIMD16(repeating: ai[p]) * load(b + p * n + j) }
                    store(acc, c + i * n + j)
                }
                j += 16
            }
            if j < n {
                for i in 0..<m {
                    let ci = c + i * n
                    let ai = a + i * k
                    for p in k0..<k1 {
                        let v = ai[p]
                        let bp = b + p * n
                        for jj in j..<n { ci[jj] += v * bp[jj] }
                    }
                }
            }
            k0 = k1
        }
    }

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self)
    }

    @inline(__always)
    static func load(_ p: UnsafeMutablePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self)
    }

    @inline(__always)
    static func store(_ v: SIMD16<Float>, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD16<Float>.self)
    }

    /// Four rows × 32 columns of C, accumulated over k0..<k1 in registers.
    @inline(__always)
    static func panel4x32(i: Int, j: Int, k0: Int, k1: Int, n: Int, k: Int,
                          a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>) {
        let c0 = c + i * n + j, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n
        var s00 = load(c0), s01 = load(c0 + 16)
        var s10 = load(c1), s11 = load(c1 + 16)
        var s20 = load(c2), s21 = load(c2 + 16)
        var s30 = load(c3), s31 = load(c3 + 16)
        let a0 = a + i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k
        var bp = b + k0 * n + j
        for p in k0..<k1 {
            let b0 = load(bp), b1 = load(bp + 16)
            let v0 = SIMD16(repeating: a0[p]), v1 = SIMD16(repeating: a1[p])
            let v2 = SIMD16(repeating: a2[p]), v3 = SIMD16(repeating: a3[p])
            s00 += v0 * b0; s01 += v0 * b1
            s10 += v1 * b0; s11 += v1 * b1
            s20 += v2 * b0; s21 += v2 * b1
            s30 += v3 * b0; s31 += v3 * b1
            bp += n
        }
        store(s00, c0); store(s01, c0 + 16)
        store(s10, c1); store(s11, c1 + 16)
        store(s20, c2); store(s21, c2 + 16)
        store(s30, c3); store(s31, c3 + 16)
    }

    /// One row × 32 columns of C, accumulated over k0..<k1 in registers.
    @inline(__always)
    static func panel1x32(i: Int, j: Int, k0: Int, k1: Int, n: Int, k: Int,
                          a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>) {
        let c0 = c + i * n + j
        var s0 = load(c0), s1 = load(c0 + 16)
        let a0 = a + i * k
        var bp = b + k0 * n + j
        for p in k0..<k1 {
            let v = SIMD16(repeating: a0[p])
            s0 += v * load(bp); s1 += v * load(bp + 16)
            bp += n
        }
        store(s0, c0); store(s1, c0 + 16)
    }
}
