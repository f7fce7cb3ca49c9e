import ArgumentParser
import Foundation
import Language
import Lessons
import LineEditor

/// Finding the lessons and running one at the terminal.
enum LessonDesk {
    /// The lessons folder, or an error that says how to point nnlab at it.
    static func directory() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "nnlab")
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard let url = LessonDirectory.locate(environment: environment, currentDirectory: cwd, executable: executable) else {
            FileHandle.standardError.write(Data("nnlab: no lessons folder found; run nnlab from its checkout or set NNLAB_LESSONS\n".utf8))
            throw ExitCode(2)
        }
        return url
    }

    /// The learner's progress file.
    static var store: ProgressStore {
        ProgressStore(fileURL: ProgressStore.defaultFileURL(environment: ProcessInfo.processInfo.environment))
    }

    /// The lesson menu.
    static func menu() throws -> String {
        let dir = try directory()
        return LessonCatalog.menu(directory: dir, progress: store) + "\nStart one with `lesson N` (at the prompt) or `nnlab lesson N`."
    }

    /// Runs lesson `number` in a fresh session, reading the learner's input with `editor`.
    static func run(number: Int, start: LessonStart, seed: UInt64, printer: TerminalPrinter, editor: LineEditor) throws -> LessonOutcome {
        let dir = try directory()
        let lesson: Lesson
        do { lesson = try LessonCatalog.load(number: number, from: dir) } catch {
            printer.write("\(error.description)\n")
            return .finished
        }
        let interpreter = Interpreter(seed: seed, workingDirectory: dir)
        interpreter.width = printer.options.width
        interpreter.liveProgress = printer.isTerminal
        interpreter.shouldStop = { Interrupt.isRequested }
        let console = Console(printer: printer, interpreter: interpreter)
        let runner = LessonRunner(
            lesson: lesson, interpreter: interpreter, progress: store,
            options: RunnerOptions(width: printer.options.width, color: printer.hasColor),
            readLine: { prompt in
                switch editor.readStatement(prompt: prompt, continuationPrompt: "...> ", isComplete: Syntax.isComplete) {
                case .line(let text): return text
                case .interrupted: return ""
                case .endOfInput: return nil
                }
            },
            sink: { console.show($0) },
            write: { printer.write($0) })
        let outcome = runner.run(from: start)
        printer.endProgress()
        return outcome
    }
}

/// `nnlab lessons`: the course menu with the learner's progress.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lessons", abstract: "List the lessons and where you are in each.")

    @Option(help: "Forget your progress in lesson N.")
    var forget: Int?

    func run() throws {
        if let n = forget {
            try LessonDesk.store.forget(lesson: n)
            print("forgot your progress in lesson \(n)")
        }
        print(try LessonDesk.menu())
    }
}

/// `nnlab lesson N`: one lesson, resumed where the learner stopped.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lesson", abstract: "Take lesson N (resumes where you stopped).")

    @OptionGroup var common: CommonOptions

    @ArgumentParser.Argument(help: "The lesson's number.")
    var number: Int

    @Option(help: "Start at this cell.")
    var cell: Int?

    @Flag(help: "Review from the first cell (a finished lesson stays finished).")
    var review = false

    func run() throws {
        let printer = TerminalPrinter(noColor: common.noColor, ascii: common.ascii)
        let editor = LineEditor(programName: "nnlab", historyFile: LineEditor.isInteractive ? LineEditor.defaultHistoryFile() : nil,
                                completer: { CompletionBridge.complete(line: $0, cursor: $1) })
        _ = Interrupt.install()
        let start: LessonStart = cell.map { .cell($0) } ?? (review ? .beginning : .resume)
        _ = try LessonDesk.run(number: number, start: start, seed: common.seed, printer: printer, editor: editor)
    }
}

/// `nnlab check lessons/`: runs every lesson with its solutions and fails on any error or
/// unmet `expect`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check that every lesson runs and proves what it claims.")

    @ArgumentParser.Argument(help: "The lessons folder (default: the one nnlab finds).")
    var directory: String?

    func run() throws {
        let dir = try directory.map { URL(fileURLWithPath: $0) } ?? LessonDesk.directory()
        let checker = LessonChecker(makeRunner: { Interpreter(seed: 1, workingDirectory: dir) })
        let report = checker.check(directory: dir) { result in print(result.render()) }
        let lines = report.render().split(separator: "\n")
        if let last = lines.last { print(last) }
        if !report.succeeded { throw ExitCode(1) }
    }
}
