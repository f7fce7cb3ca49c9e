import ArgumentParser
import Foundation
import Language
import Notebook

/// `nnlab run FILE.nn`: runs a script, stopping at the first error with its position.
struct RunScript: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script of nnlab statements (stops at the first error)."
    )

    @OptionGroup var common: CommonOptions

    @ArgumentParser.Argument(help: "The script to run, one statement a line.")
    var file: String

    @Flag(name: .long, help: "Go on after an error; exit non-zero at the end if any statement failed.")
    var keepGoing = false

    @Option(name: .long, help: ArgumentHelp("Also write the run as a notebook: its statements, outputs and comments.",
                                            valueName: "file.html|file.ipynb"))
    var export: String?

    func validate() throws {
        if let export, NotebookFormat(path: export) == nil {
            throw ValidationError("--export writes an HTML page (.html) or a Jupyter notebook (.ipynb), not \(export)")
        }
    }

    func run() throws {
        let printer = TerminalPrinter(noColor: common.noColor, ascii: common.ascii)
        let interpreter = Interpreter(seed: common.seed)
        interpreter.width = printer.options.width
        interpreter.liveProgress = false
        let text: String
        do {
            text = try Interpreter.readScript(URL(fileURLWithPath: file))
        } catch {
            FileHandle.standardError.write(Data("nnlab: \(file) \(error.message)\n".utf8))
            throw ExitCode(2)
        }
        let console = Console(printer: printer, interpreter: interpreter)
        let failures = interpreter.runScript(text, name: file, keepGoing: keepGoing) { console.show($0) }
        if let export, let format = NotebookFormat(path: export) {
            let url = URL(fileURLWithPath: export)
            let title = "nnlab: " + URL(fileURLWithPath: file).lastPathComponent
            let document = NotebookDocument(script: text, log: interpreter.notebook, title: title)
            do {
                try NotebookFile.write(document, as: format, to: url)
            } catch {
                FileHandle.standardError.write(Data("nnlab: could not write \(export): \(error.localizedDescription)\n".utf8))
                throw ExitCode(2)
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
