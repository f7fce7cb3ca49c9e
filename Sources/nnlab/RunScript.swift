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
        let failures = interpreter.runScript(text, name: file, keepGoing: keepGoing) { printer.show($0) }
        if failures > 0 { throw ExitCode(1) }
    }
}
