import Foundation
import Language
import Notebook

/// The front end of one interpreter at the terminal: its outputs printed at the size its
/// session asks for, its `export` requests served by the notebook writers.
struct Console {
    let printer: TerminalPrinter
    let interpreter: Interpreter

    /// Shows one output of `interpreter`'s statements.
    func show(_ output: Output) {
        if case .export(let request) = output {
            export(request)
            return
        }
        printer.show(output, size: interpreter.session.pictureSize)
    }

    /// Writes the session's notebook so far and says where, or why it could not.
    func export(_ request: ExportRequest) {
        printer.endProgress()
        do {
            printer.write(try NotebookFile.export(interpreter.notebook, request: request) + "\n")
        } catch {
            printer.write("error: could not write \(request.path): \(error.localizedDescription)\n")
        }
    }
}
