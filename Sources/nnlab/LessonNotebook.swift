import Language
import Lessons
import Notebook

/// A lesson as a notebook: its title and objectives, its prose as markdown cells, each code
/// cell run in one session with its outputs, each exercise as its goals and starting point
/// (and, when asked, its hints, its solution run with outputs and why it works).
///
/// Solutions always run, as the checker runs them, so that the cells after an exercise show
/// what a learner who did it would see; they are only written with `solutions`.
enum LessonNotebook {
    /// The document and any statement that failed (`file:line: message`).
    static func document(lesson: Lesson, interpreter: Interpreter, solutions: Bool) -> (document: NotebookDocument, failures: [String]) {
        var cells: [NotebookCell] = []
        var failures: [String] = []
        var number = 0
        func run(_ lines: [LessonLine]) -> [CellOutput] {
            var outputs: [CellOutput] = []
            for line in lines where !Syntax.isBlank(line.text) {
                let ok = interpreter.run(line.text, line: line.line) { output in
                    if let cell = CellOutput(output: output) { outputs.append(cell) }
                }
                if !ok {
                    let message = outputs.last.map { if case .error(let m, _) = $0 { return m } else { return "failed" } } ?? "failed"
                    failures.append("\(lesson.fileName):\(line.line): \(message)")
                }
            }
            return outputs
        }
        func code(_ lines: [LessonLine]) -> NotebookCell {
            let outputs = run(lines)
            number += 1
            return .code(CodeCell(number: number, source: lines.map(\.text).joined(separator: "\n"), outputs: outputs))
        }
        // The title first (the lesson's own `# heading`, or one made of its title), then what
        // the lesson is about, then its prose and cells.
        var blocks = lesson.blocks
        var opening = "# \(lesson.title)"
        if case .prose(let text)? = blocks.first, text.hasPrefix("# ") {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            opening = String(lines.removeFirst())
            blocks[0] = .prose(lines.drop { $0.allSatisfy(\.isWhitespace) }.joined(separator: "\n"))
        }
        cells.append(.markdown(opening + "\n\n" + header(lesson)))
        for block in blocks {
            switch block {
            case .prose(let text):
                if !text.allSatisfy(\.isWhitespace) { cells.append(.markdown(text)) }
            case .cell(let cell) where cell.kind == .code:
                cells.append(code(cell.lines))
            case .cell(let cell):
                cells.append(.markdown(exercise(cell, solutions: solutions)))
                if solutions {
                    cells.append(code(cell.solution))
                    if let why = cell.why { cells.append(.markdown("**Why:** " + why)) }
                } else {
                    _ = run(cell.solution)
                }
            }
        }
        return (NotebookDocument(title: "Lesson \(lesson.number): \(lesson.title)", cells: cells), failures)
    }

    /// What comes under the title: the lesson's number, study time and objectives.
    static func header(_ lesson: Lesson) -> String {
        var text = "*nnlab · lesson \(lesson.number)"
        if let minutes = lesson.minutes { text += " · about \(minutes) minutes" }
        text += "*"
        if !lesson.objectives.isEmpty {
            text += "\n\n**You will**\n\n" + lesson.objectives.map { "- " + $0 }.joined(separator: "\n")
        }
        return text
    }

    /// An exercise as markdown: its goals, its starting point, and with `solutions` its hints.
    static func exercise(_ cell: LessonCell, solutions: Bool) -> String {
        var text = "**Exercise.** Goals, checked on your session:\n\n"
        text += cell.expects.map { "- `expect \($0.text)`" }.joined(separator: "\n")
        let starters = cell.lines.filter { !Syntax.isBlank($0.text) || $0.text.contains("#") }
        if !starters.isEmpty {
            text += "\n\nA starting point:\n\n```\n" + starters.map(\.text).joined(separator: "\n") + "\n```"
        }
        if solutions && !cell.hints.isEmpty {
            text += "\n\nHints:\n\n" + cell.hints.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        }
        if solutions { text += "\n\nOne solution:" }
        return text
    }
}
