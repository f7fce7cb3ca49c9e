import Foundation
import Testing
@testable import Autodiff

/// `Tensor.multiHeadAttention`: gradients, the composed equations, the weights, the mask.
@Suite struct MultiHeadAttentionTests {
    func inputs(batch: Int, steps: Int, width: Int, keys: Int? = nil, seed: UInt64 = 1) -> [Tensor] {
        [GradientCheck.leaf([batch, steps, width], seed: seed, scale: 1.5),
         GradientCheck.leaf([batch, keys ?? steps, width], seed: seed + 1, scale: 1.5),
         GradientCheck.leaf([batch, keys ?? steps, width], seed: seed + 2)]
    }

    @Test(arguments: [false, true])
    func gradientsOfQueriesKeysAndValuesMatchFiniteDifferences(causal: Bool) throws {
        for (batch, steps, width, heads) in [(1, 3, 4, 1), (2, 4, 6, 2), (2, 5, 8, 4)] {
            let error = try GradientCheck.worstError(inputs(batch: batch, steps: steps, width: width)) {
                try Tensor.multiHeadAttention(q: $0[0], k: $0[1], v: $0[2], heads: heads, causal: causal)
            }
            #expect(error < 5e-3, "worst relative gradient error \(error) (T \(steps), D \(width), \(heads) heads)")
        }
    }

    @Test func gradientsWithFewerKeysThanQueries() throws {
        let error = try GradientCheck.worstError(inputs(batch: 2, steps: 4, width: 4, keys: 3)) {
            try Tensor.multiHeadAttention(q: $0[0], k: $0[1], v: $0[2], heads: 2)
        }
        #expect(error < 5e-3, "worst relative gradient error \(error)")
    }

    @Test(arguments: [false, true])
    func equalsTheEquationsComposedFromElementaryOperations(causal: Bool) throws {
        // Hand-made: B = 1, T = 3, D = 4, two heads of 2 columns.
        let q = Tensor(shape: [1, 3, 4], data: [1, 0, 0.5, -1, 0, 1, 2, 0, -1, 1, 0, 0.5], requiresGrad: true)
        let k = Tensor(shape: [1, 3, 4], data: [0.5, 0.5, 1, 0, -1, 2, 0, 1, 1, -0.5, -1, 1], requiresGrad: true)
        let v = Tensor(shape: [1, 3, 4], data: [1, 2, 3, 4, -1, 0, 1, 0, 0.25, 0.5, -2, 1], requiresGrad: true)
        let weights = Tensor(shape: [1, 3, 4], data: GradientCheck.values(12, seed: 3))
        let probe = SequenceProbe()
        let fused = try Tensor.multiHeadAttention(q: q, k: k, v: v, heads: 2, causal: causal, probe: probe)
        try (fused * weights).sum().backward()
        let fusedGradients = [q, k, v].map { $0.grad ?? [] }
        for t in [q, k, v] { t.zeroGrad() }
        let (composed, composedWeights) = try SequenceReference.attention(q: q, k: k, v: v, heads: 2, causal: causal)
        try (composed * weights).sum().backward()
        expectClose(fused.data, composed.data, 1e-6)
        expectClose(try #require(probe[.attentionWeights]).data, composedWeights.flatMap(\.data), 1e-6)
        for (t, g) in zip([q, k, v], fusedGradients) { expectClose(g, t.grad ?? [], 1e-5) }
    }

    @Test(arguments: [false, true])
    func matchesTheComposedEquationsAcrossSeveralBlocksOfPairs(causal: Bool) throws {
        // 9 examples × 2 heads = 18 (example, head) pairs: one full block of 16 and a padded one.
        let p = inputs(batch: 9, steps: 3, width: 4, seed: 21)
        let weights = Tensor(shape: [9, 3, 4], data: GradientCheck.values(108, seed: 4))
        let probe = SequenceProbe()
        try (Tensor.multiHeadAttention(q: p[0], k: p[1], v: p[2], heads: 2, causal: causal, probe: probe) * weights).sum().backward()
        let fused = p.map { $0.grad ?? [] }
        for t in p { t.zeroGrad() }
        let (composed, composedWeights) = try SequenceReference.attention(q: p[0], k: p[1], v: p[2], heads: 2, causal: causal)
        try (composed * weights).sum().backward()
        expectClose(try #require(probe[.attentionWeights]).data, composedWeights.flatMap(\.data), 1e-6)
        for (t, g) in zip(p, fused) { expectClose(g, t.grad ?? [], 1e-5) }
        let error = try GradientCheck.worstError(inputs(batch: 5, steps: 2, width: 8, seed: 31)) {
            try Tensor.multiHeadAttention(q: $0[0], k: $0[1], v: $0[2], heads: 4, causal: causal)  // 20 pairs
        }
        #expect(error < 5e-3, "worst relative gradient error \(error)")
    }

    @Test func aHandComputedHead() throws {
        // One head, d_k = 2: query (1, 0) against keys (2, 0) and (0, 0) → scores 2/√2 and 0.
        let q = Tensor(shape: [1, 1, 2], data: [1, 0])
        let k = Tensor(shape: [1, 2, 2], data: [2, 0, 0, 0])
        let v = Tensor(shape: [1, 2, 2], data: [1, 0, 0, 1])
        let out = try Tensor.multiHeadAttention(q: q, k: k, v: v, heads: 1)
        let e = Foundation.exp(Float(2).squareRoot())
        expectClose(out.data, [e / (e + 1), 1 / (e + 1)], 1e-6)
    }

    @Test(arguments: [false, true])
    func everyRowOfWeightsSumsToOne(causal: Bool) throws {
        let p = inputs(batch: 3, steps: 6, width: 8, seed: 9)
        let probe = SequenceProbe()
        _ = try Tensor.multiHeadAttention(q: p[0], k: p[1], v: p[2], heads: 4, causal: causal, probe: probe)
        let a = try #require(probe[.attentionWeights])
        #expect(a.shape == [3, 4, 6, 6])
        for row in 0..<(3 * 4 * 6) {
            let sum = a.data[(row * 6)..<(row * 6 + 6)].reduce(0, +)
            #expect(Swift.abs(sum - 1) < 1e-6, "row \(row) sums to \(sum)")
        }
        #expect(probe.gradientNorms.isEmpty)
    }

    @Test func theCausalMaskZeroesTheFutureAndKeepsThePastIndependentOfIt() throws {
        let p = inputs(batch: 2, steps: 5, width: 4, seed: 12)
        let probe = SequenceProbe()
        let out = try Tensor.multiHeadAttention(q: p[0], k: p[1], v: p[2], heads: 2, causal: true, probe: probe)
        let a = try #require(probe[.attentionWeights])
        for block in 0..<(2 * 2) {
            for s in 0..<5 {
                for u in 0..<5 where u > s { #expect(a.data[(block * 5 + s) * 5 + u] == 0) }
                #expect(a.data[(block * 5 + s) * 5 + s] > 0)
            }
        }
        // Changing the last step's keys and values changes nothing before it.
        let k2 = p[1].detached(), v2 = p[2].detached()
        for n in 0..<2 { for d in 0..<4 { k2.data[(n * 5 + 4) * 4 + d] += 3; v2.data[(n * 5 + 4) * 4 + d] -= 2 } }
        let out2 = try Tensor.multiHeadAttention(q: p[0], k: k2, v: v2, heads: 2, causal: true)
        for n in 0..<2 {
            let early = (n * 5 * 4)..<((n * 5 + 4) * 4)
            #expect(Array(out.data[early]) == Array(out2.data[early]))
        }
    }

    @Test func sameInputSameBits() throws {
        let p = inputs(batch: 4, steps: 7, width: 12, seed: 5)
        func run() throws -> [UInt32] {
            for t in p { t.zeroGrad() }
            let out = try Tensor.multiHeadAttention(q: p[0], k: p[1], v: p[2], heads: 3, causal: true)
            out.sum().backward()
            return (out.data + p.flatMap { $0.grad ?? [] }).map(\.bitPattern)
        }
        #expect(try run() == run())
    }

    @Test func emptyBatchesAndSequencesGiveEmptyResults() throws {
        for (batch, steps) in [(0, 3), (2, 0)] {
            let p = inputs(batch: batch, steps: steps, width: 4)
            let out = try Tensor.multiHeadAttention(q: p[0], k: p[1], v: p[2], heads: 2, causal: true)
            #expect(out.shape == [batch, steps, 4] && out.count == 0)
            out.sum().backward()
            #expect(p[0].grad?.count == 0)
        }
    }

    @Test func badShapesAreErrors() {
        let x = Tensor.zeros([2, 3, 6])
        #expect(throws: TensorError.self) { try Tensor.multiHeadAttention(q: x, k: x, v: x, heads: 4) }
        #expect(throws: TensorError.self) { try Tensor.multiHeadAttention(q: x, k: x, v: x, heads: 0) }
        #expect(throws: TensorError.self) { try Tensor.multiHeadAttention(q: x, k: .zeros([2, 3, 4]), v: x, heads: 2) }
        #expect(throws: TensorError.self) { try Tensor.multiHeadAttention(q: x, k: x, v: .zeros([2, 4, 6]), heads: 2) }
        #expect(throws: TensorError.self) { try Tensor.multiHeadAttention(q: .zeros([3, 6]), k: x, v: x, heads: 2) }
    }
}
