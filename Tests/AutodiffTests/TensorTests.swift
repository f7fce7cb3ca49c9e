import Foundation
import Testing
@testable import Autodiff

/// Tensor behaviour beyond single-op gradients: accumulation, recording, long graphs, errors.
@Suite struct TensorTests {
    @Test func gradientsAccumulateUntilZeroed() throws {
        let w = Tensor([2, 3], requiresGrad: true)
        let x = Tensor([5, 7])
        try (w * x).sum().backward()
        #expect(w.grad == [5, 7])
        try (w * x).sum().backward()
        #expect(w.grad == [10, 14])
        w.zeroGrad()
        #expect(w.grad == nil)
    }

    @Test func sharedSubexpressionGetsBothPaths() throws {
        let a = Tensor([3], requiresGrad: true)
        let b = try a * a          // a²
        let c = try b + a          // a² + a → derivative 2a + 1 = 7
        c.sum().backward()
        #expect(a.grad == [7])
    }

    @Test func noRecordingWithoutGradients() throws {
        let a = Tensor([1, 2])
        let b = try a + a
        #expect(!b.requiresGrad && !b.isRecorded)
        let w = Tensor([1, 2], requiresGrad: true)
        let c = GradMode.withoutRecording { w.tanh() }
        #expect(!c.isRecorded)
    }

    @Test func thousandStepUnrollBackpropagates() throws {
        // h_t = tanh(w · h_{t−1} + x): a 1,000-step recurrence, swept without recursion.
        let w = Tensor([0.5], requiresGrad: true)
        var h = Tensor([0.1])
        let x = Tensor([0.2])
        for _ in 0..<1000 { h = try (w * h + x).tanh() }
        h.sum().backward()
        #expect(w.grad?.first?.isFinite == true)
        #expect(w.grad?.first != 0)
    }

    @Test func longChainIsReleasedWithoutOverflow() throws {
        let w = Tensor([1], requiresGrad: true)
        var h = w
        for _ in 0..<200_000 { h = h * 1.0 }
        #expect(h.scalar == 1)
        h = Tensor([0])  // dropping the 200,000-node chain must not recurse
        #expect(h.scalar == 0)
    }

    @Test func broadcastingErrorsNameBothShapes() {
        let a = Tensor.zeros([2, 3]), b = Tensor.zeros([4])
        #expect(throws: TensorError.self) { try a + b }
        do { _ = try a + b } catch { #expect(error.message.contains("[2, 3]") && error.message.contains("[4]")) }
    }

    @Test func matmulShapeErrors() {
        #expect(throws: TensorError.self) { try Tensor.zeros([2, 3]).matmul(Tensor.zeros([2, 3])) }
        #expect(throws: TensorError.self) { try Tensor.zeros([3]).matmul(Tensor.zeros([3, 1])) }
    }

    @Test func reshapeErrorsAndHoles() throws {
        #expect(try Tensor.zeros([2, 6]).reshaped([-1, 4]).shape == [3, 4])
        #expect(throws: TensorError.self) { try Tensor.zeros([2, 6]).reshaped([5, -1]) }
    }

    @Test func softmaxIsStableAndNormalised() throws {
        let z = Tensor(shape: [2, 3], data: [1000, 1001, 1002, -1000, 0, 1000])
        let p = try z.softmax()
        #expect(p.data.allSatisfy { $0.isFinite })
        #expect(Swift.abs(p.data[0..<3].reduce(0, +) - 1) < 1e-6)
        let logP = try z.logSoftmax()
        #expect(logP.data.allSatisfy { $0.isFinite })
    }

    @Test func binaryCrossEntropyIsFiniteForHugeLogits() throws {
        let z = Tensor(shape: [2, 1], data: [500, -500])
        let loss = try Tensor.binaryCrossEntropy(logits: z, targets: Tensor(shape: [2, 1], data: [0, 1]))
        #expect(Swift.abs(loss.scalar - 500) < 1e-3)
    }

    @Test func dropoutKeepsExpectationAndIsSeeded() {
        let x = Tensor.ones([10_000])
        var r1 = SplitMix64(seed: 1), r2 = SplitMix64(seed: 1)
        let a = x.dropout(rate: 0.3, generator: &r1), b = x.dropout(rate: 0.3, generator: &r2)
        #expect(a.data == b.data)
        let mean = a.data.reduce(0, +) / Float(a.count)
        #expect(Swift.abs(mean - 1) < 0.05)
    }
}

/// The engine's own tanh against libm's.
@Suite struct FastTanhTests {
    @Test func agreesWithLibm() {
        var worst: Float = 0
        var x: Float = -12
        while x < 12 {
            let exact = Foundation.tanh(Double(x))
            let error = Swift.abs(Double(Tensor.tanh(x)) - exact) / Swift.max(Swift.abs(exact), 1e-30)
            worst = Swift.max(worst, Float(error))
            x += 0.00137
        }
        #expect(worst < 1e-6, "worst relative error \(worst)")
    }
}
