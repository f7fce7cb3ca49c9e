import Foundation
import Plotting
import Testing
@testable import Language

/// Ctrl-C (the interpreter's `shouldStop`) stops `step` and `compare` too, keeping what ran
/// and saying so.
@Suite struct InterpreterInterruptTests {
    static func prepared() -> Interpreter {
        let interpreter = Interpreter(seed: 1, workingDirectory: FileManager.default.temporaryDirectory)
        for line in ["data circle n=100", "layer dense 4 tanh"] { #expect(interpreter.run(line) { _ in }) }
        return interpreter
    }

    @Test func stepStopsAfterTheStepInProgress() {
        let interpreter = Self.prepared()
        var asked = 0
        interpreter.shouldStop = { asked += 1; return asked > 3 }
        var text = ""
        #expect(interpreter.run("step 1000") { if let t = $0.plainText() { text += t } })
        #expect(interpreter.session.steps == 3)
        #expect(text.contains("interrupted after 3 steps"))
    }

    @Test func compareSaysWhichValuesDidNotRun() {
        let interpreter = Self.prepared()
        interpreter.shouldStop = { true }
        var titles: [String] = []
        #expect(interpreter.run("compare lr 0.1 0.01 0.001 epochs=50") { output in
            if case .picture(let table as Table) = output { titles.append(table.title ?? "") }
        })
        #expect(titles.count == 1)
        #expect(titles.first?.contains("2 of 3 values not run") == true)
    }
}
