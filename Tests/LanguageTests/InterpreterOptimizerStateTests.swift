import Foundation
import Testing
@testable import Language

/// `set lr` between trainings keeps the optimiser's state; `optimizer …` starts it afresh;
/// `undo` brings back the optimiser as it was.
@Suite struct InterpreterOptimizerStateTests {
    /// A momentum network trained a little, so its velocities are far from zero.
    static func trainedWithMomentum() -> Interpreter {
        let interpreter = Interpreter(seed: 5, workingDirectory: FileManager.default.temporaryDirectory)
        for line in ["data circle n=100", "layer dense 4 tanh", "optimizer momentum lr=0.1", "train 2"] {
            #expect(interpreter.run(line) { _ in })
        }
        return interpreter
    }

    static func weights(_ interpreter: Interpreter) -> [[Float]] {
        interpreter.session.model?.snapshot() ?? []
    }

    /// The same network one step further, with nothing said in between.
    static func oneStepFurther() -> [[Float]] {
        let reference = trainedWithMomentum()
        #expect(reference.run("step 1") { _ in })
        return weights(reference)
    }

    /// Setting the learning rate it already has changes nothing: the velocities are kept.
    @Test func aNewLearningRateKeepsTheVelocities() {
        let interpreter = Self.trainedWithMomentum()
        #expect(interpreter.run("set lr 0.1") { _ in })
        #expect(interpreter.run("step 1") { _ in })
        #expect(Self.weights(interpreter) == Self.oneStepFurther())
    }

    @Test func theNewLearningRateIsUsed() {
        let interpreter = Self.trainedWithMomentum()
        #expect(interpreter.run("set lr 0.02") { _ in })
        #expect(interpreter.session.optimizer?.settings.learningRate == 0.02)
        #expect(interpreter.run("step 1") { _ in })
        #expect(Self.weights(interpreter) != Self.oneStepFurther())
    }

    /// The same optimiser named again starts from zero velocities, so its step differs.
    @Test func aNewOptimizerStartsWithoutVelocities() {
        let interpreter = Self.trainedWithMomentum()
        #expect(interpreter.run("optimizer momentum lr=0.1") { _ in })
        #expect(interpreter.run("step 1") { _ in })
        #expect(Self.weights(interpreter) != Self.oneStepFurther())
    }

    @Test func undoBringsBackTheOldLearningRate() {
        let interpreter = Self.trainedWithMomentum()
        #expect(interpreter.run("set lr 0.5") { _ in })
        #expect(interpreter.run("undo") { _ in })
        #expect(interpreter.session.optimizer?.settings.learningRate == 0.1)
        #expect(interpreter.session.optimizerSettings.learningRate == 0.1)
    }
}
