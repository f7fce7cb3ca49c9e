import Testing
import Autodiff

/// The matrix kernel against a naive triple loop, in all four transpose variants.
@Suite struct GemmTests {
    @Test(arguments: [(1, 1, 1), (3, 5, 7), (9, 17, 4), (33, 65, 31)])
    func matchesNaive(sizes: (Int, Int, Int)) {
        let (m, n, k) = sizes
        var rng = SplitMix64(seed: 4)
        let a = (0..<(m * k)).map { _ in Float(rng.symmetric(1)) }
        let b = (0..<(k * n)).map { _ in Float(rng.symmetric(1)) }
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                var c = [Float](repeating: 1, count: m * n)
                a.withUnsafeBufferPointer { pa in
                    b.withUnsafeBufferPointer { pb in
                        c.withUnsafeMutableBufferPointer { pc in
                            Gemm.multiply(m: m, n: n, k: k, a: pa.baseAddress!, transposeA: transposeA,
                                          b: pb.baseAddress!, transposeB: transposeB, c: pc.baseAddress!, accumulate: true)
                        }
                    }
                }
                for i in 0..<m {
                    for j in 0..<n {
                        var expected: Float = 1
                        for p in 0..<k {
                            let av = transposeA ? a[p * m + i] : a[i * k + p]
                            let bv = transposeB ? b[j * k + p] : b[p * n + j]
                            expected += av * bv
                        }
                        #expect(Swift.abs(c[i * n + j] - expected) < 1e-4)
                    }
                }
            }
        }
    }
}
