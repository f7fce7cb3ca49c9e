import Testing
@testable import Autodiff

/// `Tensor.gruSequence` (the seed's form): gradients, the composed equations, the probe,
/// long sequences.
@Suite struct GRUSequenceTests {
    /// x [B, T, F], then W_z, b_z, W_r, b_r, W, b (weights [H, H + F]) from fixed seeds.
    func inputs(batch: Int, steps: Int, features: Int, hidden: Int, seed: UInt64 = 1) -> [Tensor] {
        [GradientCheck.leaf([batch, steps, features], seed: seed),
         GradientCheck.leaf([hidden, hidden + features], seed: seed + 1, scale: 0.8),
         GradientCheck.leaf([hidden], seed: seed + 2, scale: 0.5),
         GradientCheck.leaf([hidden, hidden + features], seed: seed + 3, scale: 0.8),
         GradientCheck.leaf([hidden], seed: seed + 4, scale: 0.5),
         GradientCheck.leaf([hidden, hidden + features], seed: seed + 5, scale: 0.8),
         GradientCheck.leaf([hidden], seed: seed + 6, scale: 0.5)]
    }

    func fused(_ p: [Tensor], probe: SequenceProbe? = nil) throws -> Tensor {
        try Tensor.gruSequence(p[0], updateWeights: p[1], updateBias: p[2], resetWeights: p[3], resetBias: p[4],
                               candidateWeights: p[5], candidateBias: p[6], probe: probe)
    }

    func composed(_ p: [Tensor], taps: [Tensor]? = nil) throws -> (h: Tensor, trace: SequenceReference.Trace) {
        try SequenceReference.gru(p[0], wz: p[1], bz: p[2], wr: p[3], br: p[4], w: p[5], b: p[6], taps: taps)
    }

    @Test(arguments: [(1, 3, 2, 2), (2, 4, 3, 3), (3, 5, 1, 2)])
    func gradientsOfEveryInputMatchFiniteDifferences(sizes: (Int, Int, Int, Int)) throws {
        let (batch, steps, features, hidden) = sizes
        let error = try GradientCheck.worstError(inputs(batch: batch, steps: steps, features: features, hidden: hidden)) {
            try fused($0)
        }
        #expect(error < 5e-3, "worst relative gradient error \(error)")
    }

    @Test func equalsTheEquationsComposedFromElementaryOperations() throws {
        // Hand-made: B = 2, T = 3, F = 2, H = 2; weight columns [h1, h2, x1, x2].
        let x = Tensor(shape: [2, 3, 2], data: [0.5, -1, 0, 2, 1, 1, -0.5, 0.25, 3, 0, -2, 0.5], requiresGrad: true)
        let wz = Tensor(shape: [2, 4], data: [0.1, 0.2, -0.3, 0.4, 0.5, -0.6, 0.7, 0.8], requiresGrad: true)
        let bz = Tensor([0.1, -0.2], requiresGrad: true)
        let wr = Tensor(shape: [2, 4], data: [-0.9, 1.0, 0.2, -0.1, 0.3, 0.3, -0.4, 0.6], requiresGrad: true)
        let br = Tensor([0.3, 0], requiresGrad: true)
        let w = Tensor(shape: [2, 4], data: [0.2, -0.2, 0.1, 0.5, -0.7, 0.3, 0.6, -0.4], requiresGrad: true)
        let b = Tensor([-0.1, 0.25], requiresGrad: true)
        let p = [x, wz, bz, wr, br, w, b]
        let weights = Tensor(shape: [2, 3, 2], data: GradientCheck.values(12, seed: 7))
        let h = try fused(p)
        try (h * weights).sum().backward()
        let fusedGradients = p.map { $0.grad ?? [] }
        for t in p { t.zeroGrad() }
        let reference = try composed(p).h
        try (reference * weights).sum().backward()
        expectClose(h.data, reference.data, 1e-6)
        for (t, g) in zip(p, fusedGradients) { expectClose(g, t.grad ?? [], 1e-5) }
    }

    @Test func zIsTheShareOfTheNewCandidate() throws {
        // The seed's convention: with z = 1 (a huge update bias), h_t = h̃_t; PyTorch's z would keep h_{t−1}.
        let p = inputs(batch: 1, steps: 2, features: 1, hidden: 2)
        p[2].data = [50, 50]
        let probe = SequenceProbe()
        let h = try fused(p, probe: probe)
        expectClose(h.data, try #require(probe[.candidateHidden]).data, 1e-6)
    }

    @Test func theProbeRecordsGatesAndGradientNormsAsTheComposedComputation() throws {
        let (batch, steps, hidden) = (2, 4, 3)
        let p = inputs(batch: batch, steps: steps, features: 2, hidden: hidden, seed: 50)
        let target = Tensor(shape: [batch, steps, hidden], data: GradientCheck.values(batch * steps * hidden, seed: 8))
        let probe = SequenceProbe()
        try Tensor.meanSquaredError(fused(p, probe: probe), target).backward()
        let taps = SequenceReference.taps(batch: batch, steps: steps, hidden: hidden)
        let (reference, trace) = try composed(p, taps: taps)
        try Tensor.meanSquaredError(reference, target).backward()
        #expect(probe.names.map(\.symbol) == ["z", "r", "h̃", "h"])
        for name in probe.names {
            let recorded = try #require(probe[name])
            #expect(recorded.shape == [batch, steps, hidden])
            expectClose(recorded.data, try SequenceReference.stack(trace[name.symbol] ?? []).data, 1e-6)
        }
        let expectedNorms = taps.map { tap in (tap.grad ?? []).reduce(0) { $0 + $1 * $1 }.squareRoot() }
        expectClose(probe.gradientNorms, expectedNorms, 1e-6)
    }

    @Test func aThousandStepsForwardAndBackward() throws {
        let p = inputs(batch: 2, steps: 1000, features: 2, hidden: 3)
        let h = try fused(p)
        #expect(h.shape == [2, 1000, 3])
        h.sum().backward()
        for t in p { #expect((t.grad ?? []).allSatisfy(\.isFinite) && (t.grad ?? []).contains { $0 != 0 }) }
    }

    @Test func emptyBatchesAndSequencesGiveEmptyResults() throws {
        for (batch, steps) in [(0, 3), (2, 0)] {
            let p = inputs(batch: batch, steps: steps, features: 2, hidden: 3)
            let h = try fused(p)
            #expect(h.shape == [batch, steps, 3] && h.count == 0)
            h.sum().backward()
            #expect(p[1].grad == [Float](repeating: 0, count: 15))
        }
    }

    @Test func badShapesAreErrors() {
        var p = inputs(batch: 1, steps: 2, features: 3, hidden: 2)
        p[1] = Tensor.zeros([2, 3])  // W_z without the hidden columns
        #expect(throws: TensorError.self) { try fused(p) }
        p = inputs(batch: 1, steps: 2, features: 3, hidden: 2)
        p[5] = Tensor.zeros([3, 5])
        #expect(throws: TensorError.self) { try fused(p) }
        p = inputs(batch: 1, steps: 2, features: 3, hidden: 2)
        p[4] = Tensor.zeros([3])
        #expect(throws: TensorError.self) { try fused(p) }
    }
}
