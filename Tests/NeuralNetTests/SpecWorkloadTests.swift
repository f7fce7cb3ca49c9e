import Testing
import Autodiff
@testable import NeuralNet

/// bench/SPEC.md §8: the reference workloads reproduce the peers' check values.
@Suite struct SpecWorkloadTests {
    /// Relative agreement to `digits` significant digits.
    func agrees(_ a: Double, _ b: Double, digits: Int = 6) -> Bool {
        Swift.abs(a - b) <= 0.5 * Double(sign: .plus, exponent: 0, significand: 1) * Swift.abs(b) * pow10(-(digits - 1))
    }
    func pow10(_ e: Int) -> Double { (0..<Swift.abs(e)).reduce(1.0) { v, _ in e < 0 ? v / 10 : v * 10 } }

    @Test func p1InitialValuesMatchTheReference() throws {
        let w = try SpecWorkload.p1()
        #expect(w.train.count == 250 && w.test.count == 250)
        #expect(w.train.features[0] == 1.8543688 && w.train.features[1] == 0.69405794 && w.train.targets[0] == 0)
        #expect(agrees(w.parameterSum, 1.633826081), "param_sum \(w.parameterSum)")
        let initial = try Evaluation.of(w.model, on: w.train, loss: w.loss)
        #expect(agrees(Double(initial.loss), 0.6889569), "initial loss \(initial.loss)")
    }

    @Test func p1TrainsToTheReferenceLoss() throws {
        let w = try SpecWorkload.p1()
        try w.run()
        let train = try Evaluation.of(w.model, on: w.train, loss: w.loss)
        let test = try Evaluation.of(w.model, on: w.test, loss: w.loss)
        #expect(Swift.abs(train.loss - 0.04525) / 0.04525 < 0.01, "final train BCE \(train.loss)")
        #expect((test.accuracy ?? 0) >= 0.94, "test accuracy \(test.accuracy ?? 0)")
    }

    @Test func p2InitialValuesMatchTheReference() throws {
        let w = try SpecWorkload.p2()
        #expect(agrees(w.parameterSum, -6.721434389), "param_sum \(w.parameterSum)")
        let initial = try Evaluation.of(w.model, on: w.train, loss: w.loss)
        #expect(agrees(Double(initial.loss), 2.3085456), "initial loss \(initial.loss)")
        #expect(w.totalSteps == 1350)
    }

    @Test func p2TrainsToTheReferenceAccuracy() throws {
        let w = try SpecWorkload.p2()
        try w.run()
        let test = try Evaluation.of(w.model, on: w.test, loss: w.loss)
        let train = try Evaluation.of(w.model, on: w.train, loss: w.loss)
        #expect((test.accuracy ?? 0) >= 0.96, "test accuracy \(test.accuracy ?? 0)")
        #expect(train.loss < 0.03, "final train CE \(train.loss) (reference 0.019742)")
    }

    @Test func sameSeedGivesBitIdenticalWeightsTwice() throws {
        let a = try SpecWorkload.p1(), b = try SpecWorkload.p1()
        let trainerA = a.makeTrainer(), trainerB = b.makeTrainer()
        trainerA.settings.shuffle = true
        trainerB.settings.shuffle = true
        _ = try trainerA.train(epochs: 20)
        _ = try trainerB.train(epochs: 20)
        let bitsA = a.model.parameters.flatMap { $0.data.map(\.bitPattern) }
        let bitsB = b.model.parameters.flatMap { $0.data.map(\.bitPattern) }
        #expect(bitsA == bitsB)
        #expect(a.model.parameters[0].data != (try SpecWorkload.p1()).model.parameters[0].data)
    }
}
