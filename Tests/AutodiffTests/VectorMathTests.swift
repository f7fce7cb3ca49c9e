import Foundation
import Testing
import CKernels
@testable import Autodiff

/// The vectorised e^x, σ and tanh of CKernels: every build gives the same bits, and the values
/// agree with `Tensor.sigmoid(_:)`, `Tensor.tanh(_:)` and libm's exp.
@Suite struct VectorMathTests {
    /// Values across every branch: tiny, the tanh series range, ordinary, saturated, special.
    static let samples: [Float] = {
        var values: [Float] = [0, -0.0, 1e-30, -1e-8, 0.0625, -0.0625, 0.06, 9, -9, 9.5, -12, 40, -40,
                               87, -87, -87.5, 88.7, 89, -100, 100, .infinity, -.infinity]
        var rng = SplitMix64(seed: 77)
        for _ in 0..<997 { values.append(Float(rng.symmetric(20))) }
        return values
    }()

    @Test(arguments: [0, 1, 2])
    func everyBuildGivesTheSameBits(function: Int32) {
        let x = Self.samples + [.nan]
        var outputs: [[UInt32]] = []
        for level in 0...2 {
            var y = [Float](repeating: 0, count: x.count)
            let ran = y.withUnsafeMutableBufferPointer { nnlab_activation_level(Int32(level), function, x, $0.baseAddress, x.count) }
            if ran == 1 { outputs.append(y.map(\.bitPattern)) }
        }
        #expect(outputs.count >= 1)
        for other in outputs.dropFirst() { #expect(other == outputs[0]) }
    }

    @Test func expIsWithinTwoUlpsOfLibm() {
        var x = Self.samples.filter { $0 > -87.3 && $0 < 88.7 }
        let y = x
        x.withUnsafeMutableBufferPointer { p in if let base = p.baseAddress { VectorMath.exp(base, count: p.count) } }
        for (value, result) in zip(y, x) {
            let exact = Foundation.exp(Double(value))
            #expect(Swift.abs(Double(result) - exact) <= 2 * Double(Float(exact).ulp), "e^\(value) = \(result)")
        }
    }

    @Test func expSaturates() {
        var x: [Float] = [-.infinity, -100, 89, .infinity, .nan]
        x.withUnsafeMutableBufferPointer { p in if let base = p.baseAddress { VectorMath.exp(base, count: p.count) } }
        #expect(x[0] == 0 && x[1] == 0 && x[0].sign == .plus)
        #expect(x[2] == .infinity && x[3] == .infinity && x[4].isNaN)
    }

    @Test func sigmoidAndTanhAgreeWithTheElementwiseOperations() {
        for rows in [1, 3] {  // also through rows with a stride, and a tail shorter than a vector
            let x = Array(Self.samples.prefix(rows * 13 * 2))
            var s = x, t = x
            s.withUnsafeMutableBufferPointer { p in
                if let base = p.baseAddress { VectorMath.sigmoid(base, rows: rows, columns: 13, stride: p.count / rows) }
            }
            t.withUnsafeMutableBufferPointer { p in
                if let base = p.baseAddress { VectorMath.tanh(base, rows: rows, columns: 13, stride: p.count / rows) }
            }
            let stride = x.count / rows
            for i in 0..<x.count {
                guard i % stride < 13 else {  // outside the block: untouched
                    #expect(s[i].bitPattern == x[i].bitPattern && t[i].bitPattern == x[i].bitPattern)
                    continue
                }
                let expectedS = Tensor.sigmoid(x[i]), expectedT = Tensor.tanh(x[i])
                #expect(Swift.abs(s[i] - expectedS) <= 3e-7 * Swift.max(1, Swift.abs(expectedS)) || (x[i] < -87 && s[i] == 0),
                        "σ(\(x[i])) = \(s[i]), expected \(expectedS)")
                #expect(Swift.abs(t[i] - expectedT) <= 1e-6 * Swift.max(Swift.abs(expectedT), 1e-30) + 1e-7,
                        "tanh(\(x[i])) = \(t[i]), expected \(expectedT)")
            }
        }
    }
}
