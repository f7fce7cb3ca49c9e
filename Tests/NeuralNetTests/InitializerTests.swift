import Testing
import Autodiff
@testable import NeuralNet

/// The initialisation schemes' distributions and their determinism.
@Suite struct InitializerTests {
    func filled(_ scheme: Initializer, inputs: Int = 100, units: Int = 200, seed: UInt64 = 1) -> Dense {
        let layer = Dense(inputs: inputs, units: units, activation: .relu)
        var rng = SplitMix64(seed: seed)
        layer.initialize(scheme, generator: &rng)
        return layer
    }

    func deviation(_ v: [Float]) -> Double {
        let mean = v.reduce(0) { $0 + Double($1) } / Double(v.count)
        return (v.reduce(0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(v.count)).squareRoot()
    }

    @Test func zerosAndConstant() {
        #expect(filled(.zeros).weight.data.allSatisfy { $0 == 0 })
        let c = filled(.constant(0.5))
        #expect(c.weight.data.allSatisfy { $0 == 0.5 } && c.bias.data.allSatisfy { $0 == 0.5 })
    }

    @Test func xavierBound() {
        let w = filled(.xavier).weight.data
        let bound = Float((6.0 / 300).squareRoot())
        #expect(w.allSatisfy { Swift.abs($0) <= bound })
        #expect(Swift.abs(deviation(w) - Double(bound) / 3.0.squareRoot()) < 0.01)
    }

    @Test func heDeviation() {
        #expect(Swift.abs(deviation(filled(.he).weight.data) - (2.0 / 100).squareRoot()) < 0.01)
    }

    @Test func normalAndUniform() {
        #expect(Swift.abs(deviation(filled(.normal(0.1)).weight.data) - 0.1) < 0.005)
        #expect(filled(.uniform(0.3)).weight.data.allSatisfy { Swift.abs($0) <= 0.3 })
    }

    @Test func pytorchDrawsBiasesToo() {
        let layer = filled(.pytorch)
        #expect(layer.bias.data.contains { $0 != 0 })
        #expect(layer.weight.data.allSatisfy { Swift.abs($0) <= 0.1 })
    }

    @Test func sameSeedSameValues() {
        #expect(filled(.he, seed: 4).weight.data == filled(.he, seed: 4).weight.data)
        #expect(filled(.he, seed: 4).weight.data != filled(.he, seed: 5).weight.data)
    }
}
