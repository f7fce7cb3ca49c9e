import ArgumentParser
import Foundation
import Language
import Lessons
import Notebook

/// `nnlab export lesson 7 day7.html`: a lesson as a hand-out.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a lesson, run, as an HTML page or a Jupyter notebook.",
        discussion: "A session is exported from the prompt with `export \"day1.html\"`; a script with `nnlab run script.nn --export out.html`.",
        subcommands: [ExportLessonCommand.self]
    )
}

/// `nnlab export lesson N FILE [--solutions]`: runs lesson N in a fresh session and writes its
/// prose and cells with their outputs.
struct ExportLessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Run lesson N and write its prose and cells, with their outputs, as a hand-out.",
        discussion: """
            The file's name says the format: .html (one self-contained page) or .ipynb (a Jupyter \
            notebook). Exercises show their goals and starting point; their solutions (with \
            hints and outputs) only with --solutions, though they always run, so later cells \
            show what they would.
            """
    )

    @OptionGroup var common: CommonOptions

    @ArgumentParser.Argument(help: "The lesson's number.")
    var number: Int

    @ArgumentParser.Argument(help: ArgumentHelp("The file to write.", valueName: "file.html|file.ipynb"))
    var file: String

    @Flag(help: "Include the exercises' hints and solutions with their outputs.")
    var solutions = false

    func validate() throws {
        if NotebookFormat(path: file) == nil {
            throw ValidationError("the file should end in .html or .ipynb, not \(file)")
        }
    }

    func run() throws {
        guard let format = NotebookFormat(path: file) else { throw ExitCode(2) }
        let dir = try LessonDesk.directory()
        let lesson: Lesson
        do { lesson = try LessonCatalog.load(number: number, from: dir) } catch {
            FileHandle.standardError.write(Data("nnlab: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        let interpreter = Interpreter(seed: common.seed, workingDirectory: dir)
        let export = LessonNotebook.document(lesson: lesson, interpreter: interpreter, solutions: solutions)
        do {
            try NotebookFile.write(export.document, as: format, to: URL(fileURLWithPath: file))
        } catch {
            FileHandle.standardError.write(Data("nnlab: could not write \(file): \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
        let cells = export.document.codeCells.count
        print("exported lesson \(lesson.number), \(lesson.title) (\(cells) code cells\(solutions ? ", solutions included" : "")) to \(file)")
        for failure in export.failures { FileHandle.standardError.write(Data("nnlab: \(failure)\n".utf8)) }
        if !export.failures.isEmpty { throw ExitCode(1) }
    }
}
