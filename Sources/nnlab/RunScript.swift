import ArgumentParser
import Foundation
import Language

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

    func run() throws {
        let printer = TerminalPrinter(noColor: common.noColor)
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
        var failures = 0
        for statement in Interpreter.statements(of: text) {
            var quit = false
            let ok = interpreter.run(statement.text, line: statement.line) { output in
                if case .error(let d, _) = output {
                    printer.write("\(file):\(statement.line + d.span.start.line - 1):\(d.span.start.column): error\n")
                }
                if case .request(.quit) = output { quit = true }
                printer.show(output)
            }
            if !ok {
                failures += 1
                if !keepGoing { throw ExitCode(1) }
            }
            if quit { break }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
