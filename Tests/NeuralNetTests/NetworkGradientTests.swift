import Testing
import Autodiff
@testable import NeuralNet

/// Layers and losses through a whole network, checked against central finite differences.
@Suite struct NetworkGradientTests {
    func network(_ activations: [Activation], widths: [Int], inputs: Int) -> Sequential {
        let model = Sequential(inputWidth: inputs)
        var rng = SplitMix64(seed: 3)
        for (units, act) in zip(widths, activations) {
            let dense = Dense(inputs: model.outputWidth, units: units, activation: act)
            dense.initialize(.xavier, generator: &rng)
            for i in 0..<dense.bias.count { dense.bias.data[i] = Float(rng.symmetric(0.3)) }
            model.append(dense)
        }
        return model
    }

    /// Worst relative mismatch of d loss / d parameter over all parameters.
    func worstError(_ model: Sequential, loss: Loss, x: Tensor, targets: [Float], task: Dataset.Task) throws -> Float {
        func value() throws -> Tensor {
            var context = ForwardContext(training: false)
            return try loss.value(of: try model.forward(x, context: &context), targets: targets, task: task)
        }
        model.zeroGrad()
        try value().backward()
        var worst: Float = 0
        let eps: Float = 1e-2
        for p in model.parameters {
            let analytic = p.grad ?? []
            for i in 0..<p.count {
                let saved = p.data[i]
                p.data[i] = saved + eps
                let up = try GradMode.withoutRecording { try value().scalar }
                p.data[i] = saved - eps
                let down = try GradMode.withoutRecording { try value().scalar }
                p.data[i] = saved
                let numeric = (up - down) / (2 * eps)
                worst = max(worst, Swift.abs(numeric - analytic[i]) / (1 + Swift.abs(numeric)))
            }
        }
        return worst
    }

    let x = Tensor(shape: [5, 3], data: (0..<15).map { Float(($0 * 7) % 11) / 5 - 1 })

    @Test(arguments: [Activation.sigmoid, .tanh, .relu, .leakyRelu, .linear])
    func denseWithMSE(_ activation: Activation) throws {
        let model = network([activation, .linear], widths: [4, 2], inputs: 3)
        let targets: [Float] = (0..<10).map { Float($0 % 3) / 2 }
        #expect(try worstError(model, loss: .mse, x: x, targets: targets, task: .regression) < 5e-3)
    }

    @Test func sigmoidOutputWithBinaryCrossEntropy() throws {
        let model = network([.tanh, .sigmoid], widths: [4, 1], inputs: 3)
        #expect(try worstError(model, loss: .bce, x: x, targets: [1, 0, 0, 1, 1], task: .classification(classes: 2)) < 5e-3)
    }

    @Test func softmaxOutputWithCrossEntropy() throws {
        let model = network([.relu, .softmax], widths: [6, 3], inputs: 3)
        #expect(try worstError(model, loss: .crossEntropy, x: x, targets: [2, 0, 1, 1, 0], task: .classification(classes: 3)) < 5e-3)
    }

    @Test func softmaxOutputWithMSEOnOneHotTargets() throws {
        let model = network([.tanh, .softmax], widths: [4, 3], inputs: 3)
        #expect(try worstError(model, loss: .mse, x: x, targets: [2, 0, 1, 1, 0], task: .classification(classes: 3)) < 5e-3)
    }

    @Test func dropoutIsOffInEvaluationAndSeededInTraining() throws {
        let model = Sequential(inputWidth: 3, layers: [Dropout(rate: 0.5)])
        var eval = ForwardContext(training: false)
        #expect(try model.forward(x, context: &eval).output.data == x.data)
        var a = ForwardContext(training: true, generator: SplitMix64(seed: 9))
        var b = ForwardContext(training: true, generator: SplitMix64(seed: 9))
        let ya = try model.forward(x, context: &a).output.data
        #expect(ya == (try model.forward(x, context: &b).output.data))
        #expect(ya.contains(0) && ya != x.data)
    }

    @Test func lossRefusesMismatchedOutputWidths() {
        let model = network([.linear], widths: [3], inputs: 3)
        var context = ForwardContext(training: false)
        #expect(throws: TensorError.self) {
            try Loss.bce.value(of: try model.forward(x, context: &context), targets: [0, 1, 0, 1, 0], task: .classification(classes: 2))
        }
    }
}
