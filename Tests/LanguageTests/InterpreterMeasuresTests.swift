import Foundation
import NeuralNet
import Testing
@testable import Language

/// The session measurements lessons prove things with.
@Suite struct InterpreterMeasuresTests {
    static func interpreter(trainLosses: [Float]) -> Interpreter {
        let interpreter = Interpreter(seed: 1, workingDirectory: FileManager.default.temporaryDirectory)
        interpreter.session.history = trainLosses.enumerated().map { index, loss in
            EpochRecord(epoch: index + 1, trainLoss: loss, trainAccuracy: nil, validLoss: nil, validAccuracy: nil, batchLoss: loss)
        }
        return interpreter
    }

    /// The value of `expression`, or nil when it is an error.
    static func value(_ interpreter: Interpreter, _ expression: String) -> Float? {
        guard interpreter.run("let probe = \(expression)", sink: { _ in }) else { return nil }
        return interpreter.session.bindings["probe"]?.scalar
    }

    /// Roughness counts the epochs whose loss rose: a steep smooth fall scores 0 like a slow
    /// one, a zig-zag scores high.
    @Test func roughnessIsTheShareOfEpochsWhoseLossRose() {
        #expect(Self.value(Self.interpreter(trainLosses: [1, 0.5, 0.6, 0.4, 0.45]), "roughness") == 0.5)
        #expect(Self.value(Self.interpreter(trainLosses: [9, 1, 0.1, 0.01, 0.001]), "roughness") == 0)
        #expect(Self.value(Self.interpreter(trainLosses: [0.5, 0.49, 0.48]), "roughness") == 0)
        #expect(Self.value(Self.interpreter(trainLosses: [0.5]), "roughness") == nil)  // too short: an error
    }

    /// The output layer is not a place to count distinct units (it may have just one).
    @Test func distinctUnitsRefusesTheOutputLayer() {
        let interpreter = Interpreter(seed: 1, workingDirectory: FileManager.default.temporaryDirectory)
        for line in ["data circle n=50", "layer dense 4 tanh"] { #expect(interpreter.run(line) { _ in }) }
        #expect(Self.value(interpreter, "distinct_units(1)") == 4)
        #expect(Self.value(interpreter, "distinct_units(2)") == nil)
        #expect(interpreter.run("model clear") { _ in })
        #expect(Self.value(interpreter, "distinct_units(1)") == nil)
    }
}
