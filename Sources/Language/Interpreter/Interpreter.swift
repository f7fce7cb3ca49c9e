import Foundation
import Autodiff
import NeuralNet
import Plotting

/// Runs nnlab statements against a `Session`: the heart of the prompt, of `nnlab run` and
/// of the lessons.
///
/// Every statement is a transaction: the session is copied first and put back if the
/// statement fails, so a failed command costs nothing. Statements that change the session
/// leave the copy on the undo stack.
public final class Interpreter: StatementRunner {
    /// The learner's state.
    public internal(set) var session: Session
    /// Where relative paths (`load "m.json"`, `run "a.nn"`) are resolved.
    public var workingDirectory: URL
    /// Polled between training steps: return true to stop training (Ctrl-C).
    public var shouldStop: () -> Bool = { false }
    /// Whether the front end draws live progress (a terminal): then `train` reports
    /// `.progress` every step batch; otherwise it prints a summary line every tenth of the run.
    public var liveProgress = false
    /// The width pictures are laid out for.
    public var width = 80
    /// Statements run so far (numbered prompts show the next one).
    public private(set) var statementCount = 0
    /// Every statement typed, in order (`history`).
    public private(set) var log: [String] = []
    /// The statements typed at the top level with their outputs, for `export`.
    public internal(set) var notebook = NotebookLog()
    /// The notebook entry of the top-level statement running now, if any.
    var currentEntry: Int?

    var undoStack: [(session: Session, statement: String, entry: Int?)] = []
    /// The last picture shown, for `save plot "file.svg"`.
    var lastPicture: (any Picture)?
    /// Nesting depth of `run "file"`, to stop a script that runs itself.
    var runDepth = 0

    /// A fresh interpreter with an empty session.
    public init(seed: UInt64 = 1, workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        session = Session(seed: seed)
        self.workingDirectory = workingDirectory
    }

    @discardableResult
    public func run(_ source: String, line: Int = 1, sink: (Output) -> Void) -> Bool {
        let text = Syntax.stripPastedPrompt(source)
        if Syntax.isBlank(text) {
            if runDepth == 0 { notebook.comment(text) }
            return true
        }
        statementCount += 1
        log.append(text)
        let before = session.copy()
        // A top-level statement is a notebook entry that keeps its outputs.
        let entry = runDepth == 0 ? notebook.begin(number: statementCount, source: text) : nil
        let outer = currentEntry
        currentEntry = entry ?? outer
        defer { currentEntry = outer }
        func deliver(_ output: Output) {
            if let entry { notebook.record(output, at: entry) }
            sink(output)
        }
        do {
            let changed = try execute(text, line: line, sink: deliver)
            if changed {
                undoStack.append((before, text, entry))
                if undoStack.count > 50 { undoStack.removeFirst() }
            }
            return true
        } catch {
            session = before
            deliver(.error(error, source: text))
            return false
        }
    }

    /// Runs a statement; returns whether it changed the session.
    func execute(_ text: String, line: Int, sink: (Output) -> Void) throws(Diagnostic) -> Bool {
        if let expectation = ExpectStatement.condition(in: text) {
            try expect(expectation.condition, offset: expectation.offset, statement: text, output: sink)
            return false
        }
        if let expression = Interpreter.measurementCall(text) {
            let value = try evaluate(expression, source: text)
            session.bindings["ans"] = value
            sink(.text(Format.values(value.data, shape: value.shape)))
            return false   // looking at a value is not a change `undo` should take back
        }
        let checked = try CommandCatalogue.check(text)
        let quiet = checked.parsed.isQuiet
        let depth = runDepth
        var shown: [any Picture] = []
        return try withoutActuallyEscaping(sink) { (sink) throws(Diagnostic) -> Bool in
            let output: (Output) -> Void = { out in
                // A picture hidden with `;` is still the last picture, for `save plot`; every
                // panel this statement shows is (both curves, each layer's weights), and not
                // those of the statements a `run` runs, which are theirs.
                if case .picture(let picture) = out, self.runDepth == depth {
                    shown.append(picture)
                    self.lastPicture = shown.count == 1 ? picture : PictureStack(shown)
                }
                if quiet, case .text = out { return }
                if quiet, case .picture = out { return }
                sink(out)
            }
            return try perform(checked, text: text, output: output)
        }
    }

    /// Runs a checked statement, sending its outputs to `output`.
    func perform(_ checked: CheckedStatement, text: String, output: (Output) -> Void) throws(Diagnostic) -> Bool {
        switch checked.parsed.statement {
        case .command:
            guard let validated = checked.command, let type = CommandCatalogue.command(forVerb: validated.verb) else { return false }
            try type.init(validated).run(in: self, statement: text, output: output)
            return type.changesSession
        case .binding(let name, let expression):
            let value = try evaluate(expression, source: text)
            session.bindings[name.text] = value
            session.bindings["ans"] = value
            output(.text("\(name.text) = \(Format.values(value.data, shape: value.shape))"))
            return true
        case .expression(let expression):
            // A bare expression only sets `ans`: not a change `undo` should take back.
            if case .grad = expression {
                let text = try gradient(expression, source: text)
                output(.text(text))
                return false
            }
            let value = try evaluate(expression, source: text)
            session.bindings["ans"] = value
            output(.text(Format.values(value.data, shape: value.shape)))
            return false
        }
    }

    public func check(expectation: String) throws(Diagnostic) -> Expectation {
        try check(expectation: expectation, offset: 0)
    }

    /// The completions for a line being typed: command words from the catalogue, names of
    /// bound values, and file paths inside a quoted string.
    public func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        Completions.completions(line: line, cursor: cursor)
    }

    /// `loss(valid)` or `accuracy(test)` typed on its own: the session measurement, not the
    /// `loss` command (whose words never take brackets).
    static func measurementCall(_ text: String) -> Expression? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("loss(") || trimmed.hasPrefix("loss (") || trimmed.hasPrefix("accuracy(") else { return nil }
        return try? Parser.parseExpression(text)
    }

    /// A "no such name" error with the nearest bound name or function.
    func unknownName(_ name: String, at span: SourceSpan) -> Diagnostic {
        if name == "ans" {
            return Diagnostic("`ans` has no value yet: it is the last value shown", at: span,
                              expected: "a value first, e.g. `sigmoid(0.5)`")
        }
        let known = Array(session.bindings.keys) + FunctionCatalogue.all.map(\.name) + CommandCatalogue.verbs
        let suggestion = Suggest.nearest(to: name, in: known)
        return Diagnostic("unknown name `\(name)`", at: span,
                          expected: "a command, a function, or a name bound with `let`", suggestion: suggestion)
    }
}
