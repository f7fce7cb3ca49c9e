import Foundation
import Testing
import Autodiff
@testable import NeuralNet

/// Networks over shaped examples: a dense layer per position, per-token losses and accuracy,
/// token inputs, plans, and layer configs as JSON.
@Suite struct ShapedNetworkTests {
    /// A `[T, F] → [T, 4] tanh → [T, k]` network with drawn weights and biases.
    func sequenceNetwork(steps: Int, features: Int, outputs: Int, last: Activation) throws -> Sequential {
        let model = try Sequential.build(input: LayerInput(shape: [steps, features]), configs: [
            .dense(Dense.Config(units: 4, activation: .tanh)), .dense(Dense.Config(units: outputs, activation: last)),
        ])
        var rng = SplitMix64(seed: 8)
        for layer in model.layers {
            layer.initialize(.xavier, generator: &rng)
            for p in layer.parameters where p.rank == 1 { for i in 0..<p.count { p.data[i] = Float(rng.symmetric(0.3)) } }
        }
        return model
    }

    /// The worst relative gap between backpropagated and central-difference gradients.
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

    let x = Tensor(shape: [3, 5, 2], data: (0..<30).map { Float(($0 * 7) % 11) / 5 - 1 })

    @Test func denseAppliesPerPositionWithTheSameWeights() throws {
        let model = try sequenceNetwork(steps: 5, features: 2, outputs: 3, last: .linear)
        let out = try model.predict(x)
        #expect(out.shape == [3, 5, 3])
        // Position (1, 2) alone, through the network as a one-step batch, gives the same values.
        let one = try Sequential.build(input: LayerInput(shape: [2]), configs: model.layers.map(\.config))
        for (a, b) in zip(one.parameters, model.parameters) { a.data = b.data }
        let point = Tensor(shape: [1, 2], data: Array(x.data[(1 * 5 + 2) * 2..<(1 * 5 + 2) * 2 + 2]))
        let single = try one.predict(point)
        #expect(Array(out.data[(1 * 5 + 2) * 3..<(1 * 5 + 2) * 3 + 3]) == single.data)
    }

    @Test func sequenceNetworkGradientsMatchFiniteDifferencesWithMSE() throws {
        let model = try sequenceNetwork(steps: 5, features: 2, outputs: 1, last: .linear)
        let targets = (0..<15).map { Float($0 % 4) / 3 }
        #expect(try worstError(model, loss: .mse, x: x, targets: targets, task: .valuePerStep) < 5e-3)
    }

    @Test func perTokenCrossEntropyGradientsMatchFiniteDifferences() throws {
        let model = try sequenceNetwork(steps: 5, features: 2, outputs: 4, last: .softmax)
        let labels = (0..<15).map { Float($0 % 4) }
        #expect(try worstError(model, loss: .crossEntropy, x: x, targets: labels, task: .classPerStep(classes: 4)) < 5e-3)
    }

    @Test func perTokenCrossEntropyIsTheMeanOverEveryPosition() throws {
        let model = try sequenceNetwork(steps: 5, features: 2, outputs: 4, last: .linear)
        let labels = (0..<15).map { Float(($0 * 3) % 4) }
        var context = ForwardContext(training: false)
        let pass = try model.forward(x, context: &context)
        let value = try Loss.crossEntropy.value(of: pass, targets: labels, task: .classPerStep(classes: 4)).scalar
        var total: Double = 0
        for position in 0..<15 {
            let z = pass.output.data[position * 4..<(position + 1) * 4].map(Double.init)
            let m = z.max() ?? 0
            let logSum = m + Foundation.log(z.map { Foundation.exp($0 - m) }.reduce(0, +))
            total += logSum - z[Int(labels[position])]
        }
        #expect(Swift.abs(Double(value) - total / 15) < 1e-5)
    }

    @Test func accuracyCountsTokens() throws {
        // Tokens in, the same tokens out: one-hot inputs through an identity-like dense layer.
        let data = try Dataset.copy(n: 20, length: 6, vocabulary: 5, delay: 0, seed: 2)
        let model = try Sequential.build(input: LayerInput(shape: [6], vocabulary: 5),
                                         configs: [.dense(Dense.Config(units: 5, activation: .linear))])
        guard let dense = model.layers.first as? Dense else { Issue.record("not dense"); return }
        #expect(dense.inputShape == [6, 5])
        for i in 0..<5 { dense.weight.data[i * 5 + i] = 1 }
        let perfect = try Evaluation.of(model, on: data, loss: .crossEntropy)
        #expect(perfect.accuracy == 1)
        // Send token 3 to class 4: the positions holding a 3 become wrong, and only they.
        dense.weight.data[3 * 5 + 3] = 0
        dense.weight.data[4 * 5 + 3] = 1
        let threes = data.features.filter { $0 == 3 }.count
        let partial = try Evaluation.of(model, on: data, loss: .crossEntropy)
        #expect(partial.accuracy == Float(data.features.count - threes) / Float(data.features.count))
    }

    @Test func tokensOutsideTheVocabularyAreRefused() throws {
        let model = try Sequential.build(input: LayerInput(shape: [3], vocabulary: 4), configs: [.dense(Dense.Config(units: 2, activation: .tanh))])
        #expect(throws: TensorError.self) { try model.predict(Tensor(shape: [1, 3], data: [0, 4, 1])) }
        #expect(throws: TensorError.self) { try model.predict(Tensor(shape: [1, 3], data: [0, 1.5, 1])) }
        #expect(try model.predict(Tensor(shape: [1, 3], data: [0, 3, 1])).shape == [1, 3, 2])
    }

    @Test func planGivesShapesAndCountsWithoutBuilding() throws {
        let plan = try NetworkPlan(input: LayerInput(shape: [7], vocabulary: 10), configs: [
            .dense(Dense.Config(units: 16, activation: .relu)), .dropout(Dropout.Config(rate: 0.1)),
            .dense(Dense.Config(units: 10, activation: .softmax)),
        ])
        #expect(plan.steps.map(\.outputShape) == [[7, 16], [7, 16], [7, 10]])
        #expect(plan.steps.map(\.parameterCount) == [16 * 11, 0, 10 * 17])
        let built = try Sequential.build(input: plan.input, configs: plan.steps.map(\.config))
        #expect(built.parameterCount == plan.parameterCount && built.outputShape == [7, 10])
        #expect(throws: LayerBuildError.self) {
            try NetworkPlan(input: LayerInput(shape: [2]), configs: [.dropout(Dropout.Config(rate: 1.5))])
        }
    }

    @Test func layerConfigsAreOneJSONObjectEach() throws {
        let configs: [LayerConfig] = [.dense(Dense.Config(units: 3, activation: .relu)), .dropout(Dropout.Config(rate: 0.25)),
                                      .activation(ActivationLayer.Config(activation: .tanh))]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(configs), as: UTF8.self)
        #expect(text == #"[{"activation":"relu","kind":"dense","units":3},{"kind":"dropout","rate":0.25},{"activation":"tanh","kind":"activation"}]"#)
        #expect(try JSONDecoder().decode([LayerConfig].self, from: Data(text.utf8)) == configs)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(LayerConfig.self, from: Data(#"{"kind":"conv"}"#.utf8)) }
    }
}
