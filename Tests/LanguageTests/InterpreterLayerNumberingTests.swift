import Foundation
import Testing
import NeuralNet
@testable import Language

/// One layer numbering everywhere (the one `layer N:` announces and `show model` lists, the
/// added output layer included), and output layers that do what was typed.
@Suite struct InterpreterLayerNumberingTests {
    /// Runs `line`; its text outputs and pictures' titles, or the error message.
    static func run(_ interpreter: Interpreter, _ line: String) -> (ok: Bool, text: String) {
        var text: [String] = []
        let ok = interpreter.run(line) { output in
            switch output {
            case .text(let s): text.append(s)
            case .picture(let p): text.append(p.renderText(.init(width: 100, colorMode: .none)))
            case .error(let d, _): text.append(d.message + (d.expected.map { " | expected " + $0 } ?? ""))
            default: break
            }
        }
        return (ok, text.joined(separator: "\n"))
    }

    func withDropout() -> Interpreter {
        let interpreter = Interpreter(seed: 2)
        for line in ["data circle n=80", "layer dense 6 relu", "layer dropout 0.2", "layer dense 3 tanh"] {
            #expect(Self.run(interpreter, line).ok, "\(line)")
        }
        return interpreter
    }

    @Test func layersAreAnnouncedShownAndAddressedByOneNumber() {
        let interpreter = withDropout()
        #expect(Self.run(interpreter, "show activations layer=2").text.contains("layer 2 (dropout 0.2)"))
        #expect(Self.run(interpreter, "show weights layer=3").text.contains("layer 3 W (rows: 3 units; columns: 6 inputs"))
        let output = Self.run(interpreter, "show weights layer=4")
        #expect(output.ok && output.text.contains("layer 4 W (rows: 1 units; columns: 3 inputs"))
        let model = Self.run(interpreter, "show model").text
        #expect(model.contains("dense 1 sigmoid (output, added)"))
        #expect(Self.run(interpreter, "init zeros layer=4").ok)
        #expect(interpreter.session.model?.layers[3].parameters.allSatisfy { $0.data.allSatisfy { $0 == 0 } } == true)
        #expect(interpreter.session.model?.layers[0].parameters[0].data.contains { $0 != 0 } == true)
    }

    @Test func aLayerWithoutWeightsOrPastTheEndIsNamed() {
        let interpreter = withDropout()
        let dropout = Self.run(interpreter, "show weights layer=2")
        #expect(!dropout.ok && dropout.text.contains("layer 2 is dropout 0.2: it has no weights"))
        let reinit = Self.run(interpreter, "init he layer=2")
        #expect(!reinit.ok && reinit.text.contains("no weights to initialise"))
        let past = Self.run(interpreter, "init zeros layer=5")
        #expect(!past.ok && past.text.contains("the network has 4 layers (layer 4 is the output layer, added)"))
    }

    @Test func twoSoftmaxUnitsAreTheOutputOnTwoClasses() {
        let interpreter = Interpreter(seed: 1)
        for line in ["data circle n=100", "layer dense 8 tanh", "layer dense 2 softmax"] { #expect(Self.run(interpreter, line).ok) }
        #expect(interpreter.session.loss == .crossEntropy)
        #expect(Self.run(interpreter, "train 5").ok)
        #expect(interpreter.session.model?.layers.count == 2 && interpreter.session.outputIsImplied == false)
        #expect(Self.run(interpreter, "evaluate").text.contains("crossentropy"))
    }

    @Test func aLastLayerThatCannotServeIsRefusedWhenTyped() {
        let interpreter = Interpreter(seed: 1)
        #expect(Self.run(interpreter, "data circle").ok)
        let before = interpreter.session.fingerprint
        let refused = Self.run(interpreter, "layer dense 1 tanh")
        #expect(!refused.ok && refused.text.contains("tanh cannot give the probability") && refused.text.contains("dense 1 sigmoid"))
        #expect(interpreter.session.fingerprint == before)
        #expect(Self.run(interpreter, "layer dense 1 sigmoid").ok)
    }

    @Test func layersAddedAfterLoadGoBeforeTheOutput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-numbering-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let interpreter = Interpreter(seed: 1, workingDirectory: dir)
        for line in ["data circle n=100", "layer dense 4 tanh", "train 2", "save \"m.json\"", "model clear", "load \"m.json\""] {
            #expect(Self.run(interpreter, line).ok, "\(line)")
        }
        let added = Self.run(interpreter, "layer dense 3 relu")
        #expect(added.ok && added.text.contains("layer 2: dense 3 relu (before the output layer)"))
        #expect(interpreter.session.layers.map(\.summary) == ["dense 4 tanh", "dense 3 relu", "dense 1 sigmoid"])
        #expect(Self.run(interpreter, "train 1").ok)
        #expect(interpreter.session.model?.outputShape == [1])
    }

    @Test func aSequenceIntoAnExampleTaskSaysWhatWouldWork() {
        let interpreter = Interpreter(seed: 1)
        for line in ["data parity n=50", "layer dense 4 tanh"] { #expect(Self.run(interpreter, line).ok) }
        let before = interpreter.session.fingerprint
        let refused = Self.run(interpreter, "train 1")
        #expect(!refused.ok && refused.text.contains("one target per sequence") && refused.text.contains("last"))
        #expect(interpreter.session.fingerprint == before)
    }
}
