import Foundation
import Autodiff
import NeuralNet
import Plotting

/// The session and files: saving and loading models and pictures, running scripts, undo.
extension Interpreter {
    /// Where `path` would be written, refused when its folder does not exist.
    func writablePlace(for path: String, at pathSpan: SourceSpan) throws(Diagnostic) -> URL {
        let url = resolve(path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Diagnostic("there is no folder \(folder.path) to save \(path) in", at: pathSpan,
                             expected: "a path in an existing folder")
        }
        return url
    }

    /// `save plot "file.svg"`: the last picture as SVG.
    func savePicture(to path: String, pathSpan: SourceSpan, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let url = try writablePlace(for: path, at: pathSpan)
        guard let picture = lastPicture else {
            throw Diagnostic("there is no picture to save yet", at: span, expected: "a `show …` or `plot …` first")
        }
        guard path.lowercased().hasSuffix(".svg") else {
            throw Diagnostic("`save plot` writes SVG, so the file name should end in .svg", at: pathSpan,
                             expected: "a name like `\"boundary.svg\"`")
        }
        do {
            try Data(picture.renderSVG().utf8).write(to: url, options: .atomic)
        } catch {
            throw Diagnostic("could not write \(path): \(error.localizedDescription)", at: pathSpan)
        }
        output(.text("saved the last picture to \(path) (SVG)"))
    }

    /// `save "m.json"`: the network with its settings.
    func saveModel(to path: String, pathSpan: SourceSpan, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let url = try writablePlace(for: path, at: pathSpan)
        let model = try builtModel(at: span)
        var notes = ["data": session.dataDescription, "seed": "\(session.seed)", "epochs": "\(session.history.count)"]
        notes["layers"] = session.layers.map(\.summary).joined(separator: ", ")
        let file = ModelFile(model: model, loss: session.loss, optimizer: session.optimizerSettings, training: session.training,
                             vocabulary: session.data?.vocabulary, notes: notes)
        do { try file.write(to: url) } catch {
            throw Diagnostic(error.description, at: pathSpan)
        }
        output(.text("saved \(model.parameterCount) parameters to \(path)"))
    }

    /// `load "m.json"`: a saved network and its settings replace the session's.
    func loadModel(from path: String, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let file: ModelFile
        let model: Sequential
        do {
            file = try ModelFile.read(from: resolve(path))
            model = try file.makeModel(path: path)
        } catch { throw Diagnostic(error.description, at: span) }
        if let data = session.data {
            let expected = "the data the model was trained on (\(file.notes["data"] ?? "?"))"
            let input = Session.modelInput(for: data)
            if input.shape != model.inputShape {
                let takes = model.inputShape.count == 1 && input.shape.count == 1
                    ? "\(model.inputWidth) inputs but the data has \(data.featureCount) features"
                    : "examples of shape \(OutputLayer.describe(model.inputShape)) but the data's are \(OutputLayer.describe(input.shape))"
                throw Diagnostic("the model in \(path) takes \(takes)", at: span, expected: expected)
            }
            if input.vocabulary != model.input.vocabulary || (file.vocabulary != nil && file.vocabulary != data.vocabulary) {
                throw Diagnostic("the model in \(path) reads other tokens than the data has (its vocabulary differs)", at: span, expected: expected)
            }
        }
        session.invalidateModel()
        session.layers = model.layers.map(\.config)
        session.keepsLastAsOutput = true
        session.model = model
        session.loadedFrom = path
        session.outputIsImplied = false
        if let loss = file.loss { session.lossChoice = loss }
        if let o = file.optimizer { session.optimizerSettings = o }
        if let t = file.training { session.training = t }
        output(.text("loaded \(path): \(model.layers.map(\.summary).joined(separator: " → ")), \(model.parameterCount) parameters"))
    }

    /// `run "file.nn"`: a script's statements in this session, undone as one.
    func runFile(_ path: String, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        guard runDepth < 8 else { throw Diagnostic("scripts nested more than 8 deep (does \(path) run itself?)", at: span) }
        let text: String
        do { text = try Interpreter.readScript(resolve(path)) } catch { throw Diagnostic("\(path): \(error.message)", at: span) }
        runDepth += 1
        defer { runDepth -= 1 }
        // The whole script is one change for `undo`; the statements before an error are kept.
        let undoDepth = undoStack.count
        let failures = runScript(text, name: path, keepGoing: false, sink: output)
        undoStack.removeLast(Swift.max(0, undoStack.count - undoDepth))
        if failures > 0 {
            output(.text("\(path) stopped at its first error (above); what the statements before it did is kept "
                + "(`undo` takes the whole script back)"))
        }
    }

    /// Runs a script statement by statement, as `nnlab run` does: each error is preceded by a
    /// `file:line:column: error` line. Stops at the first error unless `keepGoing`; stops at
    /// `quit`. Returns the number of statements that failed.
    @discardableResult
    public func runScript(_ text: String, name: String, keepGoing: Bool, sink: (Output) -> Void) -> Int {
        var failures = 0
        for statement in Interpreter.statements(of: text) {
            var quit = false
            let ok = run(statement.text, line: statement.line) { output in
                if case .error(let d, _) = output {
                    sink(.text("\(name):\(statement.line + d.span.start.line - 1):\(d.span.start.column): error"))
                }
                if case .request(.quit) = output { quit = true }
                sink(output)
            }
            if !ok {
                failures += 1
                if !keepGoing { break }
            }
            if quit { break }
        }
        return failures
    }

    /// The text of a script file, refused when it is not UTF-8 text.
    public static func readScript(_ url: URL) throws(TensorError) -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw TensorError("cannot be read (\(error.localizedDescription))") }
        guard data.count <= 10_000_000 else { throw TensorError("is over 10 MB; a script is text") }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw TensorError("is not a text file (an nnlab script is UTF-8 text, one statement a line)")
        }
        return text
    }

    /// A script split into statements with their first line numbers; a statement continues
    /// onto following lines while a bracket or string is open.
    public static func statements(of text: String) -> [(text: String, line: Int)] {
        var result: [(String, Int)] = []
        var pending = ""
        var start = 1
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let l = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if pending.isEmpty { start = i + 1; pending = l } else { pending += "\n" + l }
            if Syntax.isComplete(pending) {
                if !Syntax.isBlank(pending) { result.append((pending, start)) }
                pending = ""
            }
        }
        if !pending.isEmpty && !Syntax.isBlank(pending) { result.append((pending, start)) }
        return result
    }

    /// `undo`: the session as it was before the last change.
    func undo(at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        guard let previous = undoStack.popLast() else {
            throw Diagnostic("nothing to undo", at: span)
        }
        if let undone = previous.entry { notebook.markUndone(undone, by: statementCount) }
        session = previous.session
        let statement = previous.statement.count > 60 ? String(previous.statement.prefix(57)) + "…" : previous.statement
        output(.text("undone: `\(statement)` (the session is as it was before it)"))
    }
}
