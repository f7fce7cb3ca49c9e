import ArgumentParser
import Foundation
import Language
import LineEditor

/// `nnlab` with no subcommand: the prompt.
struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the nnlab prompt (the default)."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let printer = TerminalPrinter(noColor: common.noColor, ascii: common.ascii)
        let interpreter = Interpreter(seed: common.seed)
        interpreter.width = printer.options.width
        interpreter.liveProgress = printer.isTerminal
        let console = Console(printer: printer, interpreter: interpreter)
        interpreter.shouldStop = { Interrupt.isRequested }
        let interactive = LineEditor.isInteractive
        let editor = LineEditor(programName: "nnlab", historyFile: interactive ? LineEditor.defaultHistoryFile() : nil,
                                completer: { line, cursor in CompletionBridge.complete(line: line, cursor: cursor) })
        _ = Interrupt.install()
        if interactive {
            printer.write(Welcome.text(printer: printer) + "\n")
        }
        var lineNumber = 1
        var failures = 0
        loop: while true {
            let prompt = interactive ? printer.bold("[\(interpreter.statementCount + 1)]>") + " " : ""
            let continuation = interactive ? "...> " : ""
            switch editor.readStatement(prompt: prompt, continuationPrompt: continuation, isComplete: Syntax.isComplete) {
            case .endOfInput:
                break loop
            case .interrupted:
                continue
            case .line(let text):
                Interrupt.clear()
                var request: Output.Request? = nil
                let ok = interpreter.run(text, line: lineNumber) { output in
                    if case .request(let r) = output { request = r }
                    console.show(output)
                }
                if !ok { failures += 1 }
                printer.endProgress()
                lineNumber += text.split(separator: "\n", omittingEmptySubsequences: false).count
                // A lesson may end by asking for another (`lesson 4` typed inside it).
                while let r = request {
                    request = nil
                    switch r {
                    case .quit: break loop
                    case .lessons: printer.write((try? LessonDesk.menu()).map { $0 + "\n" } ?? "no lessons folder found\n")
                    case .lesson(let n):
                        let outcome = try LessonDesk.run(number: n, start: .resume, seed: common.seed, printer: printer, editor: editor)
                        if case .request(let next, _) = outcome { request = next }
                        printer.write("back at your own prompt\n")
                    }
                }
            }
        }
        if interactive { printer.write("bye\n") }
        // Piped input goes on after an error (like `run --keep-going`) but, like `run`, ends
        // with a non-zero status when anything failed, so a CI step notices.
        if !interactive && failures > 0 { throw ExitCode(1) }
    }
}
