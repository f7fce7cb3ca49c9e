import Testing
import Autodiff
import CKernels

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

/// The C kernel's AVX-512, AVX2 and SSE2 builds give the same bits as each other and as a
/// plain loop adding the products in order — the promise that lessons print the same numbers
/// on every x86-64 machine.
@Suite struct GemmDeterminismTests {
    @Test(arguments: [(4, 32, 7), (5, 33, 64), (32, 128, 64), (9, 70, 130), (13, 64, 5), (12, 35, 9), (8, 32, 1)])
    func everyBuildGivesTheSameBits(sizes: (Int, Int, Int)) {
        let (m, n, k) = sizes
        var rng = SplitMix64(seed: 21)
        let a = (0..<(m * k)).map { _ in Float(rng.symmetric(1)) }
        let b = (0..<(k * n)).map { _ in Float(rng.symmetric(1)) }
        let start = (0..<(m * n)).map { _ in Float(rng.symmetric(1)) }
        var expected = start
        for i in 0..<m {
            for j in 0..<n {
                var acc = expected[i * n + j]
                for p in 0..<k { acc += a[i * k + p] * b[p * n + j] }
                expected[i * n + j] = acc
            }
        }
        var builds = 0
        for level in 0...2 {
            var c = start
            let ran = c.withUnsafeMutableBufferPointer { pc in
                nnlab_sgemm_nn_level(Int32(level), m, n, k, a, b, pc.baseAddress!)
            }
            guard ran == 1 else { continue }
            builds += 1
            #expect(c.map(\.bitPattern) == expected.map(\.bitPattern), "build \(level) differs")
        }
        #expect(builds >= 1)
    }
}

/// Every build keeps the sign of a zero as the plain loop does: (−0)·1 added to −0 stays −0.
/// (A kernel that broadcast A's values as `+0 + a` would turn that product into +0.)
@Suite struct GemmSignedZeroTests {
    @Test func negativeZeroSurvivesEveryBuild() {
        let (m, n, k) = (5, 33, 3)
        let a = [Float](repeating: -0.0, count: m * k)
        let b = [Float](repeating: 1, count: k * n)
        var builds = 0
        for level in 0...2 {
            var c = [Float](repeating: -0.0, count: m * n)
            let ran = c.withUnsafeMutableBufferPointer { pc in
                nnlab_sgemm_nn_level(Int32(level), m, n, k, a, b, pc.baseAddress!)
            }
            guard ran == 1 else { continue }
            builds += 1
            #expect(c.allSatisfy { $0 == 0 && $0.sign == .minus }, "build \(level) lost the sign of zero")
        }
        #expect(builds >= 1)
    }
}

/// The "tn" form (Aᵀ·B with A read in place) gives the same bits as the "nn" form on a
/// transposed copy of A, in every build.
@Suite struct GemmTransposedATests {
    @Test(arguments: [(4, 32, 7), (13, 64, 5), (32, 128, 50), (9, 70, 13), (1, 3, 2)])
    func readingATransposedGivesTheSameBits(sizes: (Int, Int, Int)) {
        let (m, n, k) = sizes
        var rng = SplitMix64(seed: 8)
        let stored = (0..<(k * m)).map { _ in Float(rng.symmetric(1)) }  // A as [k×m]
        let b = (0..<(k * n)).map { _ in Float(rng.symmetric(1)) }
        let start = (0..<(m * n)).map { _ in Float(rng.symmetric(1)) }
        var a = [Float](repeating: 0, count: m * k)  // Aᵀ as [m×k]
        for p in 0..<k { for i in 0..<m { a[i * k + p] = stored[p * m + i] } }
        var builds = 0
        for level in 0...2 {
            var viaCopy = start, inPlace = start
            let ranNN = viaCopy.withUnsafeMutableBufferPointer { nnlab_sgemm_nn_level(Int32(level), m, n, k, a, b, $0.baseAddress!) }
            let ranTN = inPlace.withUnsafeMutableBufferPointer { nnlab_sgemm_tn_level(Int32(level), m, n, k, stored, b, $0.baseAddress!) }
            guard ranNN == 1, ranTN == 1 else { continue }
            builds += 1
            #expect(inPlace.map(\.bitPattern) == viaCopy.map(\.bitPattern), "build \(level) differs")
        }
        #expect(builds >= 1)
    }
}
