import Foundation
import Testing
@testable import Language

/// Every example in `help` must run, in a fresh session, without an error: a learner copies
/// them.
@Suite struct HelpExamplesRunTests {
    /// The project's root, where examples find `examples/spiral.nn`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: CatalogueExamplesTests.allExamples)
    func exampleRuns(_ verb: String, _ example: String) {
        let interpreter = Interpreter(seed: 1, workingDirectory: Self.root)
        var errors: [String] = []
        interpreter.runScript(example, name: "help \(verb)", keepGoing: true) { output in
            if case .error(let d, let source) = output { errors.append(d.render(source: source)) }
        }
        #expect(errors.isEmpty, "help \(verb) example fails:\n\(example)\n\(errors.joined(separator: "\n"))")
    }
}
