import Foundation
import Testing
@testable import Language

/// Each `train` gets its full patience: after an early stop and `restore best`, `train 3`
/// trains three epochs (unless three pass without a better validation loss, as patience 5 won't).
@Suite struct InterpreterEarlyStoppingTests {
    @Test func aNewTrainGetsItsFullPatience() {
        let interpreter = Interpreter(seed: 1, workingDirectory: FileManager.default.temporaryDirectory)
        for line in ["data circle n=200 noise=0.3", "layer dense 32 tanh", "optimizer adam lr=0.05",
                     "set patience 5", "train 1000"] {
            #expect(interpreter.run(line) { _ in }, "\(line)")
        }
        let stoppedAt = interpreter.session.history.count
        #expect(stoppedAt < 1000)   // it did stop early
        #expect(interpreter.run("restore best") { _ in })
        #expect(interpreter.run("train 3") { _ in })
        #expect(interpreter.session.history.count == stoppedAt + 3)
    }
}
