import Testing
@testable import Autodiff

/// `Tensor.rnnSequence`: gradients, the composed equation, the probe, long sequences.
@Suite struct RNNSequenceTests {
    /// x [B, T, F], W [H, F], V [H, H], b [H] from fixed seeds.
    func inputs(batch: Int, steps: Int, features: Int, hidden: Int, seed: UInt64 = 1) -> [Tensor] {
        [GradientCheck.leaf([batch, steps, features], seed: seed),
         GradientCheck.leaf([hidden, features], seed: seed + 1, scale: 0.8),
         GradientCheck.leaf([hidden, hidden], seed: seed + 2, scale: 0.8),
         GradientCheck.leaf([hidden], seed: seed + 3, scale: 0.5)]
    }

    @Test(arguments: RecurrentActivation.allCases)
    func gradientsOfEveryInputMatchFiniteDifferences(activation: RecurrentActivation) throws {
        for (batch, steps, features, hidden) in [(1, 3, 2, 2), (2, 5, 3, 4)] {
            // relu has a kink at 0: a smaller step keeps the differences off it.
            let epsilon: Float = activation == .relu ? 1e-3 : 1e-2
            let error = try GradientCheck.worstError(inputs(batch: batch, steps: steps, features: features, hidden: hidden),
                                                     epsilon: epsilon) {
                try Tensor.rnnSequence($0[0], inputWeights: $0[1], recurrentWeights: $0[2], bias: $0[3], activation: activation)
            }
            #expect(error < 5e-3, "worst relative gradient error \(error) (\(activation), T = \(steps))")
        }
    }

    @Test(arguments: RecurrentActivation.allCases)
    func equalsTheEquationComposedFromElementaryOperations(activation: RecurrentActivation) throws {
        // Hand-made: B = 2, T = 3, F = 2, H = 2.
        let x = Tensor(shape: [2, 3, 2], data: [0.5, -1, 0, 2, 1, 1, -0.5, 0.25, 3, 0, -2, 0.5], requiresGrad: true)
        let w = Tensor(shape: [2, 2], data: [0.1, 0.7, -0.3, 0.4], requiresGrad: true)
        let v = Tensor(shape: [2, 2], data: [0.9, -0.2, 0.5, 0.6], requiresGrad: true)
        let b = Tensor([0.05, -0.15], requiresGrad: true)
        let weights = Tensor(shape: [2, 3, 2], data: GradientCheck.values(12, seed: 7))
        let fused = try Tensor.rnnSequence(x, inputWeights: w, recurrentWeights: v, bias: b, activation: activation)
        try (fused * weights).sum().backward()
        let fusedGradients = [x, w, v, b].map { $0.grad ?? [] }
        for p in [x, w, v, b] { p.zeroGrad() }
        let composed = try SequenceReference.rnn(x, w: w, v: v, b: b, activation: activation)
        try (composed * weights).sum().backward()
        expectClose(fused.data, composed.data, 1e-6)
        for (p, g) in zip([x, w, v, b], fusedGradients) { expectClose(g, p.grad ?? [], 1e-5) }
    }

    @Test func theProbeRecordsHAndGradientNormsAsTheComposedComputation() throws {
        let (batch, steps, hidden) = (3, 5, 4)
        let p = inputs(batch: batch, steps: steps, features: 2, hidden: hidden, seed: 40)
        let target = Tensor(shape: [batch, steps, hidden], data: GradientCheck.values(batch * steps * hidden, seed: 9))
        let probe = SequenceProbe()
        let fused = try Tensor.rnnSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3], probe: probe)
        try Tensor.meanSquaredError(fused, target).backward()
        let taps = SequenceReference.taps(batch: batch, steps: steps, hidden: hidden)
        let composed = try SequenceReference.rnn(p[0], w: p[1], v: p[2], b: p[3], activation: .tanh, taps: taps)
        try Tensor.meanSquaredError(composed, target).backward()
        #expect(probe.names == [.hidden])
        expectClose(try #require(probe[.hidden]).data, composed.data, 1e-6)
        let expectedNorms = taps.map { tap in (tap.grad ?? []).reduce(0) { $0 + $1 * $1 }.squareRoot() }
        expectClose(probe.gradientNorms, expectedNorms, 1e-6)
    }

    @Test func gradientsVanishBackThroughALongTanhSequence() throws {
        // Lesson 10's check: small recurrent weights, loss on the last step only.
        let (batch, steps, hidden) = (2, 60, 4)
        let x = GradientCheck.leaf([batch, steps, 1], seed: 3)
        let w = GradientCheck.leaf([hidden, 1], seed: 4, scale: 0.5)
        let v = GradientCheck.leaf([hidden, hidden], seed: 5, scale: 0.3)
        let b = Tensor.zeros([hidden], requiresGrad: true)
        let probe = SequenceProbe()
        let h = try Tensor.rnnSequence(x, inputWeights: w, recurrentWeights: v, bias: b, probe: probe)
        try h.slice(axis: 1, (steps - 1)..<steps).sum().backward()
        let norms = probe.gradientNorms
        #expect(norms.count == steps)
        #expect(norms[0] / norms[steps - 1] < 1e-3, "first/last gradient norm \(norms[0] / norms[steps - 1])")
    }

    @Test func aThousandStepsForwardAndBackward() throws {
        for activation in RecurrentActivation.allCases {
            let p = inputs(batch: 2, steps: 1000, features: 2, hidden: 3)
            let h = try Tensor.rnnSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3], activation: activation)
            #expect(h.shape == [2, 1000, 3])
            h.sum().backward()
            for t in p { #expect((t.grad ?? []).allSatisfy(\.isFinite) && (t.grad ?? []).contains { $0 != 0 }) }
        }
    }

    @Test func emptyBatchesAndSequencesGiveEmptyResults() throws {
        for (batch, steps) in [(0, 3), (2, 0)] {
            let p = inputs(batch: batch, steps: steps, features: 2, hidden: 3)
            let h = try Tensor.rnnSequence(p[0], inputWeights: p[1], recurrentWeights: p[2], bias: p[3])
            #expect(h.shape == [batch, steps, 3] && h.count == 0)
            h.sum().backward()
            #expect(p[2].grad == [Float](repeating: 0, count: 9))
        }
    }

    @Test func badShapesAreErrors() {
        let x = Tensor.zeros([2, 3, 4])
        #expect(throws: TensorError.self) {
            try Tensor.rnnSequence(x, inputWeights: .zeros([5, 3]), recurrentWeights: .zeros([5, 5]), bias: .zeros([5]))
        }
        #expect(throws: TensorError.self) {
            try Tensor.rnnSequence(x, inputWeights: .zeros([5, 4]), recurrentWeights: .zeros([5, 4]), bias: .zeros([5]))
        }
        #expect(throws: TensorError.self) {
            try Tensor.rnnSequence(x, inputWeights: .zeros([5, 4]), recurrentWeights: .zeros([5, 5]), bias: .zeros([4]))
        }
    }
}
