import Testing
@testable import Autodiff

/// `Tensor.lstmSequence`: gradients, the composed equations, the probe, long sequences.
@Suite struct LSTMSequenceTests {
    /// x [B, T, F], W [4H, F], U [4H, H], b [4H] from fixed seeds.
    func inputs(batch: Int, steps: Int, features: Int, hidden: Int, seed: UInt64 = 1) -> [Tensor] {
        [GradientCheck.leaf([batch, steps, features], seed: seed),
         GradientCheck.leaf([4 * hidden, features], seed: seed + 1, scale: 0.8),
         GradientCheck.leaf([4 * hidden, hidden], seed: seed + 2, scale: 0.8),
         GradientCheck.leaf([4 * hidden], seed: seed + 3, scale: 0.5)]
    }

    @Test(arguments: [(1, 3, 2, 2), (2, 4, 3, 3), (3, 5, 1, 2)])
    func gradientsOfEveryInputMatchFiniteDifferences(sizes: (Int, Int, Int, Int)) throws {
        let (batch, steps, features, hidden) = sizes
        let error = try GradientCheck.worstError(inputs(batch: batch, steps: steps, features: features, hidden: hidden)) {
            try Tensor.lstmSequence($0[0], inputWeights: $0[1], recurrentWeights: $0[2], bias: $0[3])
        }
        #expect(error < 5e-3, "worst relative gradient error \(error)")
    }

    @Test func equalsTheEquationsComposedFromElementaryOperations() throws {
        // Hand-made: B = 2, T = 3, F = 2, H = 2; gate rows i (0–1), f (2–3), a (4–5), o (6–7).
        let x = Tensor(shape: [2, 3, 2], data: [0.5, -1, 0, 2, 1, 1, -0.5, 0.25, 3, 0, -2, 0.5], requiresGrad: true)
        let w = Tensor(shape: [8, 2], data: [0.1, 0.2, -0.3, 0.4, 0.5, -0.6, 0.7, 0.8,
                                             -0.9, 1.0, 0.2, -0.1, 0.3, 0.3, -0.4, 0.6], requiresGrad: true)
        let u = Tensor(shape: [8, 2], data: [0.2, -0.2, 0.1, 0.5, -0.7, 0.3, 0.6, -0.4,
                                             0.9, 0.1, -0.5, 0.2, 0.4, -0.8, 0.3, 0.7], requiresGrad: true)
        let b = Tensor([0.1, -0.1, 1, 1, 0, 0.2, -0.3, 0.5], requiresGrad: true)
        let fused = try Tensor.lstmSequence(x, inputWeights: w, recurrentWeights: u, bias: b)
        let weights = Tensor(shape: [2, 3, 2], data: GradientCheck.values(12, seed: 7))
        try (fused * weights).sum().backward()
        let fusedGradients = [x, w, u, b].map { $0.grad ?? [] }
        for p in [x, w, u, b] { p.zeroGrad() }
        let composed = try SequenceReference.lstm(x, w: w, u: u, b: b).h
        try (composed * weights).sum().backward()
        #expect(fused.shape == [2, 3, 2])
        expectClose(fused.data, composed.data, 1e-6)
        for (p, g) in zip([x, w, u, b], fusedGradients) { expectClose(g, p.grad ?? [], 1e-5) }
    }

    @Test func theProbeRecordsGatesAndGradientNormsAsTheComposedComputation() throws {
        let (batch, steps, hidden) = (2, 4, 3)
        let p = inputs(batch: batch, steps: steps, features: 2, hidden: hidden, seed: 30)
        let probe = SequenceProbe()
        let target = Tensor(shape: [batch, steps, hidden], data: GradientCheck.values(batch * steps * hidden, seed: 8))
        let fused = try Tensor.lstmSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3], probe: probe)
        try Tensor.meanSquaredError(fused, target).backward()
        let taps = SequenceReference.taps(batch: batch, steps: steps, hidden: hidden)
        let (composed, trace) = try SequenceReference.lstm(p[0], w: p[1], u: p[2], b: p[3], taps: taps)
        try Tensor.meanSquaredError(composed, target).backward()
        #expect(probe.names.map(\.symbol) == ["i", "f", "a", "o", "c", "h"])
        for name in probe.names {
            let recorded = try #require(probe[name])
            #expect(recorded.shape == [batch, steps, hidden])
            expectClose(recorded.data, try SequenceReference.stack(trace[name.symbol] ?? []).data, 1e-6)
        }
        let expectedNorms = taps.map { tap in (tap.grad ?? []).reduce(0) { $0 + $1 * $1 }.squareRoot() }
        #expect(probe.gradientNorms.count == steps)
        expectClose(probe.gradientNorms, expectedNorms, 1e-6)
        #expect(!fused.isRecorded || probe.gradientNorms.allSatisfy { $0 > 0 })
    }

    @Test func nothingIsRecordedWithoutAProbeAndAForwardPassClearsTheProbe() throws {
        let p = inputs(batch: 1, steps: 2, features: 1, hidden: 2)
        let probe = SequenceProbe()
        _ = try Tensor.lstmSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3], probe: probe)
        try Tensor.lstmSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3], probe: probe).sum().backward()
        #expect(probe.gradientNorms.count == 2)
        _ = try Tensor.lstmSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3], probe: probe)
        #expect(probe.gradientNorms.isEmpty)
        #expect(probe[.cell]?.shape == [1, 2, 2])
    }

    @Test func aThousandStepsForwardAndBackward() throws {
        let p = inputs(batch: 2, steps: 1000, features: 2, hidden: 4)
        let h = try Tensor.lstmSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3])
        #expect(h.shape == [2, 1000, 4])
        h.sum().backward()
        for t in p { #expect((t.grad ?? []).allSatisfy(\.isFinite) && (t.grad ?? []).contains { $0 != 0 }) }
    }

    @Test func sameInputSameBits() throws {
        let p = inputs(batch: 3, steps: 6, features: 2, hidden: 5)
        func run() throws -> [UInt32] {
            for t in p { t.zeroGrad() }
            let h = try Tensor.lstmSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3])
            h.sum().backward()
            return (h.data + p.flatMap { $0.grad ?? [] }).map(\.bitPattern)
        }
        #expect(try run() == run())
    }

    @Test func emptyBatchesAndSequencesGiveEmptyResults() throws {
        for (batch, steps) in [(0, 3), (2, 0)] {
            let p = inputs(batch: batch, steps: steps, features: 2, hidden: 3)
            let probe = SequenceProbe()
            let h = try Tensor.lstmSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3], probe: probe)
            #expect(h.shape == [batch, steps, 3] && h.count == 0)
            h.sum().backward()
            #expect(p[2].grad == [Float](repeating: 0, count: 12 * 3))
            #expect(probe.gradientNorms.count == steps)
        }
    }

    @Test func badShapesAreErrors() {
        let x = Tensor.zeros([2, 3, 4])
        #expect(throws: TensorError.self) {
            try Tensor.lstmSequence(Tensor.zeros([3, 4]), inputWeights: .zeros([8, 4]), recurrentWeights: .zeros([8, 2]), bias: .zeros([8]))
        }
        #expect(throws: TensorError.self) {
            try Tensor.lstmSequence(x, inputWeights: .zeros([6, 4]), recurrentWeights: .zeros([6, 2]), bias: .zeros([6]))
        }
        #expect(throws: TensorError.self) {
            try Tensor.lstmSequence(x, inputWeights: .zeros([8, 4]), recurrentWeights: .zeros([8, 3]), bias: .zeros([8]))
        }
        #expect(throws: TensorError.self) {
            try Tensor.lstmSequence(x, inputWeights: .zeros([8, 4]), recurrentWeights: .zeros([8, 2]), bias: .zeros([4]))
        }
    }
}

/// Expects two lists of values of equal length to agree within `tolerance` relative to
/// 1 + |expected|.
func expectClose(_ actual: [Float], _ expected: [Float], _ tolerance: Float,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    var worst: Float = 0
    for (a, e) in zip(actual, expected) { worst = max(worst, Swift.abs(a - e) / (1 + Swift.abs(e))) }
    #expect(worst <= tolerance, "values differ by up to \(worst) (relative)", sourceLocation: sourceLocation)
}
