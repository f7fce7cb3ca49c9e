import Foundation
import Testing
@testable import Language

/// Bad input at a live session: every statement must fail with a positioned error (a caret
/// under the place), nothing may crash, and the session must be exactly as it was.
@Suite struct InterpreterBadInputTests {
    /// Errors that only a session can find (on top of the parser's table, all run here too).
    static let sessionErrors: [String] = [
        "show gates", "show attention", "layer lstm 16", "layer attention heads=2", "data copy delay=20",
        "layer dense 1 tanh", "init zeros layer=3", "show weights layer=0",
        "predict 1 2 3", "predict 1", "show boundary layer=9", "show weights layer=7", "show neurons layer=5",
        "init xavier layer=9", "let v = [1, 2] + [1, 2, 3]", "[[1, 2], [3]]", "[1, 2] @ [1, 2, 3]",
        "q @ q @ [1, 2, 3]", "sigmoid(1, 2)", "softmax()", "randn(0)", "randn(100000, 100000)",
        "zeros(2.5)", "grad sigmoid(q) wrt q", "grad w · w wrt nope", "grad unknown(w) wrt w",
        "undefined_name + 1", "w ^ [1, 2]", "sigmoid", "sigmoid'", "relu''' (1)", "x", "ans2",
        "max([])", "data load \"/nonexistent/file.csv\"", "load \"/nonexistent/model.json\"",
        "run \"/nonexistent/script.nn\"", "save \"/nonexistent-dir/m.json\"", "expect loss train < 0",
        "expect accuracy valid > 2", "expect accuracy banana > 0", "expect 1 + 1", "expect value nothing > 1",
        "expect units distinct layer=9 == 1", "expect", "expect loss train <", "accuracy(banana)",
        "loss(1)", "epochs_to()", "distinct_units(7)", "plot x^2 from=3 to=1", "plot q", "plot nonsense(x)",
        "compare lr 0.1 banana", "compare colour 1 2", "split 90 20 10", "split 0 50 50", "augment noise -1",
        "undo undo", "help nothing_here", "history -2", "lesson 0", "lesson 1000", "set seed -1",
        "set batch 0", "set lr 0", "set lr -1", "set patience -4", "train 0", "train 1e12", "step 0",
        "layer dense 0 relu", "layer dense 5000 relu", "layer dropout 1", "layer dropout -0.1",
        "optimizer adam lr=-1", "optimizer adam beta1=1", "optimizer sgd momentum=0.5",
        "data spiral n=0", "data spiral n=10000000", "data spiral noise=-1", "data circle seed=-5",
        "restore worst", "model clear everything", "loss hinge", "optimizer lbfgs",
        String(repeating: "x", count: 100_000), String(repeating: "[", count: 300),
        "data spiral \u{0}", "train 5 \u{7}", "layer dense 4 relu\u{1B}[31m", "💥", "λ = 3", "data “spiral”",
        "let 3x = 1", "let = 4", "let w", "let train = 1", "let grad = 1", "let w = ", "((1 + 2)",
        "[1, 2", "\"unterminated", "1 +", "* 3", "w · ", "train 10 epochs=5", "show curve split=all",
    ]

    /// A session with data, a trained network and bindings, so nothing is trivially empty.
    static func preparedInterpreter() -> Interpreter {
        let interpreter = Interpreter(seed: 3, workingDirectory: FileManager.default.temporaryDirectory)
        for line in ["data circle n=120", "layer dense 5 tanh", "optimizer adam lr=0.01", "train 3",
                     "let w = [0.5, -1]", "let q = [[1, 2], [3, 4]]"] {
            interpreter.run(line) { _ in }
        }
        return interpreter
    }

    static var allInputs: [String] {
        SyntaxBadInputTests.table.map(\.0).filter { !Syntax.isBlank($0) } + sessionErrors
    }

    @Test func thereAreOverOneHundredFiftyBadInputs() {
        #expect(Set(Self.allInputs).count >= 150)
    }

    @Test func everyBadInputFailsWithAPositionedErrorAndChangesNothing() {
        let interpreter = Self.preparedInterpreter()
        let fingerprint = interpreter.session.fingerprint
        #expect(interpreter.session.history.count == 3)
        for input in Self.allInputs {
            var errors: [(Diagnostic, String)] = []
            let ok = interpreter.run(input) { output in
                if case .error(let d, let source) = output { errors.append((d, source)) }
            }
            #expect(!ok, "accepted: \(input.prefix(60))")
            guard let (diagnostic, source) = errors.first else {
                Issue.record("no error for: \(input.prefix(60))")
                continue
            }
            #expect(diagnostic.span.start.offset >= 0 && diagnostic.span.end.offset <= source.utf8.count,
                    "span outside the input for: \(input.prefix(60))")
            let rendered = diagnostic.render(source: source)
            #expect(rendered.contains("^"), "no caret for: \(input.prefix(60))")
            #expect(rendered.contains("error:"), "no message for: \(input.prefix(60))")
            #expect(interpreter.session.fingerprint == fingerprint, "session changed by: \(input.prefix(60))")
        }
    }

    @Test func aBinaryFileGivenToRunIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-binary-\(UUID().uuidString).nn")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0xFF, 0xFE, 0]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let interpreter = Self.preparedInterpreter()
        let fingerprint = interpreter.session.fingerprint
        var messages: [String] = []
        let ok = interpreter.run("run \"\(url.path)\"") { output in
            if case .error(let d, _) = output { messages.append(d.message) }
        }
        #expect(!ok)
        #expect(messages.first?.contains("not a text file") == true)
        #expect(interpreter.session.fingerprint == fingerprint)
    }

    /// A script that fails halfway keeps what ran before the error (a typo on the last line
    /// must not cost the training above it), says so, and `undo` takes the whole script back.
    @Test func aScriptThatFailsHalfwayKeepsItsWorkAndUndoesAsOne() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-half-\(UUID().uuidString).nn")
        try "layer dense 3 relu\ntrain 2\ntrian 4\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let interpreter = Self.preparedInterpreter()
        let fingerprint = interpreter.session.fingerprint
        var texts: [String] = []
        #expect(interpreter.run("run \"\(url.path)\"") { if let t = $0.plainText() { texts.append(t) } })
        #expect(texts.contains { $0.contains(":3:1: error") })
        #expect(texts.contains { $0.contains("stopped at its first error") && $0.contains("kept") })
        #expect(interpreter.session.history.count == 2)   // `train 2` ran on the new network
        #expect(interpreter.run("undo") { _ in })
        #expect(interpreter.session.fingerprint == fingerprint)
    }

    /// Looking at a value (a bare expression, a measurement) sets `ans` but is not a change:
    /// `undo` takes back the training before it, and names what it took back.
    @Test func undoSkipsLookingAtValues() {
        let interpreter = Self.preparedInterpreter()
        let before = interpreter.session.fingerprint
        #expect(interpreter.run("train 2") { _ in })
        for look in ["1 + 1", "epochs", "accuracy(valid)", "grad sigmoid(w · w) wrt w"] {
            #expect(interpreter.run(look) { _ in }, "\(look)")
        }
        var said: [String] = []
        #expect(interpreter.run("undo") { if let t = $0.plainText() { said.append(t) } })
        #expect(said == ["undone: `train 2` (the session is as it was before it)"])
        #expect(interpreter.session.fingerprint == before)
    }

    /// bce or cross-entropy on numeric targets is refused before training, not run to a
    /// negative "loss".
    @Test func aClassLossOnRegressionDataIsRefused() {
        let interpreter = Interpreter(seed: 1, workingDirectory: FileManager.default.temporaryDirectory)
        for line in ["data sine n=60", "layer dense 4 tanh", "loss bce"] { #expect(interpreter.run(line) { _ in }) }
        var message = ""
        #expect(!interpreter.run("train 2") { if case .error(let d, _) = $0 { message = d.message } })
        #expect(message.contains("is a regression"))
        #expect(interpreter.session.history.isEmpty)
    }

    @Test func undoTakesBackTheLastChange() {
        let interpreter = Self.preparedInterpreter()
        let before = interpreter.session.fingerprint
        interpreter.run("train 2") { _ in }
        #expect(interpreter.session.fingerprint != before)
        interpreter.run("undo") { _ in }
        #expect(interpreter.session.fingerprint == before)
    }
}
