import Language

/// Walks a learner through a lesson against a live session.
///
/// For each cell the runner shows the prose before it and the cell itself, then pauses with a
/// prompt like `[lesson 3 · cell 4/12]> `. On a code cell, Enter (or `next`) runs it, and
/// Enter again goes on. At every pause the learner may type any statement, which runs in the
/// same session, or a command (`next`, `back`, `again`, `hint`, `solution`, `goals`, `skip`,
/// `quit`, `help`). An exercise shows its goals and starter lines; after every statement that
/// succeeds, each goal is checked on the session's state with `check(expectation:)` (never by
/// reading what was typed); when all hold, the runner praises the learner, shows the exercise's
/// `why` paragraph, and records the exercise as solved. Progress is saved on every move.
///
/// Input comes from `readLine` (the line editor, or a script in tests), statement outputs go to
/// `sink`, and the runner's own messages (prose, cells, prompts' answers) go to `write`.
public final class LessonRunner {
    private let lesson: Lesson
    private let interpreter: any StatementRunner
    private let store: ProgressStore?
    private let options: RunnerOptions
    private let readLine: (String) -> String?
    private let sink: (Output) -> Void
    private let write: (String) -> Void

    private let cells: [LessonCell]
    /// The prose shown before each cell, and (last element) after the last one.
    private let proseBefore: [[String]]
    private var record: LessonProgress
    private var reportedSaveFailure = false
    private var pendingRequest: Output.Request?
    private var toldHowToRun = false

    /// A runner for `lesson` against `interpreter`. `progress` records where the learner is
    /// (nil: nothing is saved). `readLine` is called with a prompt and returns a line, or nil
    /// at the end of input; `write` receives text that ends with a newline.
    public init(
        lesson: Lesson, interpreter: any StatementRunner, progress: ProgressStore?,
        options: RunnerOptions = RunnerOptions(),
        readLine: @escaping (String) -> String?, sink: @escaping (Output) -> Void,
        write: @escaping (String) -> Void
    ) {
        self.lesson = lesson
        self.interpreter = interpreter
        self.store = progress
        self.options = options
        self.readLine = readLine
        self.sink = sink
        self.write = write
        var cells: [LessonCell] = []
        var prose: [[String]] = [[]]
        for block in lesson.blocks {
            switch block {
            case .prose(let text): prose[prose.count - 1].append(text)
            case .cell(let cell): cells.append(cell); prose.append([])
            }
        }
        self.cells = cells
        self.proseBefore = prose
        self.record = progress?.progress(lesson: lesson.number) ?? LessonProgress(lesson: lesson.number)
    }

    /// Runs the lesson from `start` until the learner finishes, quits, or input ends.
    public func run(from start: LessonStart = .resume) -> LessonOutcome {
        var index: Int
        switch start {
        case .resume: index = record.done ? 0 : record.cell - 1
        case .beginning: index = 0
        case .cell(let k): index = k - 1
        }
        index = max(0, min(index, cells.count - 1))
        showHeader(startingAt: index)
        if index > 0 && options.catchesUp { catchUp(to: index) }
        guard !cells.isEmpty else { return finish() }

        var visit = Visit(index: index)
        enter(&visit)
        while true {
            guard let input = readLine(prompt(visit.index)) else {
                save()
                return .endOfInput(cell: visit.index + 1)
            }
            if let command = RunnerCommand(input: input) {
                switch perform(command, &visit) {
                case .stay: continue
                case .move(let to):
                    if to >= cells.count { return finish() }
                    visit = Visit(index: to)
                    enter(&visit)
                case .stop(let outcome): return outcome
                }
            } else if let outcome = runLearnerStatement(input, &visit) {
                return outcome
            }
        }
    }

    // MARK: The state of the current cell

    private struct Visit {
        var index: Int
        var ran = false
        var solved = false
        var hintsShown = 0
        init(index: Int) { self.index = index }
    }

    private enum Step {
        case stay
        case move(Int)
        case stop(LessonOutcome)
    }

    private var number: Int { lesson.number }

    private func prompt(_ index: Int) -> String {
        "[lesson \(number) · cell \(index + 1)/\(cells.count)]> "
    }

    // MARK: Commands

    private func perform(_ command: RunnerCommand, _ visit: inout Visit) -> Step {
        let cell = cells[visit.index]
        switch command {
        case .next:
            if cell.kind == .code {
                if !visit.ran {
                    runCell(cell, &visit)
                    return takeRequest(at: visit.index).map { .stop($0) } ?? .stay
                }
                return .move(visit.index + 1)
            }
            if visit.solved || record.solved.contains(visit.index + 1) { return .move(visit.index + 1) }
            guard let answer = readLine("Skip this exercise without meeting its goal? (y/n) ") else {
                save()
                return .stop(.endOfInput(cell: visit.index + 1))
            }
            let word = answer.trimmed.lowercased()
            if word == "y" || word == "yes" { return .move(visit.index + 1) }
            if word.isEmpty || word == "n" || word == "no" || word == "next" {
                say("Carry on: type statements until the goal is met, or `hint` for help.")
                return .stay
            }
            // Not an answer: the learner went on typing, so it is a statement (or a command).
            if let command = RunnerCommand(input: answer) { return perform(command, &visit) }
            return runLearnerStatement(answer, &visit).map { .stop($0) } ?? .stay
        case .skip:
            return .move(visit.index + 1)
        case .back:
            guard visit.index > 0 else {
                say("This is the first cell.")
                return .stay
            }
            return .move(visit.index - 1)
        case .again:
            showCell(cell, index: visit.index)
            if cell.kind == .code {
                runCell(cell, &visit)
                if let outcome = takeRequest(at: visit.index) { return .stop(outcome) }
            }
            return .stay
        case .hint:
            guard cell.kind == .exercise else {
                say("This cell is not an exercise: there are no hints here.")
                return .stay
            }
            guard visit.hintsShown < cell.hints.count else {
                say(cell.hints.isEmpty
                    ? "This exercise has no hints; `solution` shows one answer."
                    : "No more hints; `solution` shows one answer.")
                return .stay
            }
            let hint = cell.hints[visit.hintsShown]
            visit.hintsShown += 1
            say(prose("**Hint \(visit.hintsShown) of \(cell.hints.count):** \(hint)"))
            return .stay
        case .solution:
            guard cell.kind == .exercise else {
                say("This cell is not an exercise: there is no solution to show.")
                return .stay
            }
            say(styled("One solution:", .bold))
            say(gutter(cell.solution))
            let failure = StatementExecution.run(cell.solution, on: interpreter) { deliver($0) }
            if let outcome = takeRequest(at: visit.index) { return .stop(outcome) }
            if let failure {
                say("The solution stopped at line \(failure.statement.line): \(failure.message)")
                return .stay
            }
            if checkGoals(cell, report: false) {
                visit.solved = true
                say(styled("✓ The goals are met with this solution.", .bold))
                if let why = cell.why { say(prose(why)) }
            }
            return .stay
        case .goals:
            guard cell.kind == .exercise else {
                say("This cell has no goals.")
                return .stay
            }
            _ = checkGoals(cell, report: true)
            return .stay
        case .quit:
            save()
            say("Progress saved: lesson \(number), cell \(visit.index + 1) of \(cells.count). `lesson \(number)` resumes here.")
            return .stop(.quit(cell: visit.index + 1))
        case .help:
            say(RunnerCommand.helpText)
            return .stay
        }
    }

    // MARK: Cells

    /// Shows the prose before the cell and the cell, and saves the position.
    private func enter(_ visit: inout Visit) {
        for text in proseBefore[visit.index] { say("\n" + prose(text)) }
        showCell(cells[visit.index], index: visit.index)
        record.cell = visit.index + 1
        save()
        let cell = cells[visit.index]
        if cell.kind == .code && cell.lines.allSatisfy({ Syntax.isBlank($0.text) }) { visit.ran = true }
    }

    private func showCell(_ cell: LessonCell, index: Int) {
        let position = "cell \(index + 1)/\(cells.count)"
        switch cell.kind {
        case .code:
            say("\n" + styled("── \(position) ──", .dim))
            say(gutter(cell.lines))
            if !toldHowToRun {
                toldHowToRun = true
                say(styled("Press Enter to run the cell (and again to go on); `help` lists what else you can type.", .dim))
            }
        case .exercise:
            say("\n" + styled("── exercise · \(position) ──", .dim))
            let goals = cell.expects.map { "Goal: `\($0.text)`" }.joined(separator: "\n")
            say(prose(goals.split(separator: "\n").map { "- " + $0 }.joined(separator: "\n")))
            if !cell.lines.isEmpty {
                say("A starting point (type it, change it, or go your own way):")
                say(gutter(cell.lines))
            }
            let hints = cell.hints.isEmpty ? "" : " `hint` gives a nudge;"
            say(prose("Type statements; the goals are checked after each one.\(hints) `solution` shows an answer."))
        }
    }

    private func runCell(_ cell: LessonCell, _ visit: inout Visit) {
        visit.ran = true
        if let failure = StatementExecution.run(cell.lines, on: interpreter, sink: { deliver($0) }),
           pendingRequest == nil {
            say("The cell stopped at line \(failure.statement.line): `\(failure.statement.text)`. Type `again` to rerun it, or try things at the prompt.")
        }
    }

    /// Passes a statement's output on, except a request (quit, another lesson), which the
    /// runner keeps and serves by stopping.
    private func deliver(_ output: Output) {
        if case .request(let request) = output {
            if pendingRequest == nil { pendingRequest = request }
        } else {
            sink(output)
        }
    }

    /// Ends the lesson when a statement made a request; nil otherwise.
    private func takeRequest(at index: Int) -> LessonOutcome? {
        guard let request = pendingRequest else { return nil }
        pendingRequest = nil
        save()
        if request == .quit {
            say("Progress saved: lesson \(number), cell \(index + 1) of \(cells.count).")
            return .quit(cell: index + 1)
        }
        return .request(request, cell: index + 1)
    }

    // MARK: The learner's statements

    private func runLearnerStatement(_ first: String, _ visit: inout Visit) -> LessonOutcome? {
        var source = first
        while !Syntax.isComplete(source) {
            guard let more = readLine("...> ") else { break }
            source += "\n" + more
        }
        let ok = interpreter.run(source, line: 1) { deliver($0) }
        if let outcome = takeRequest(at: visit.index) { return outcome }
        let cell = cells[visit.index]
        if ok, cell.kind == .exercise, !visit.solved, checkGoals(cell, report: false) {
            visit.solved = true
            record.markSolved(visit.index + 1)
            save()
            say(styled("✓ Well done: every goal is met.", .bold))
            if let why = cell.why { say(prose(why)) }
            say(styled("Enter goes on to the next cell.", .dim))
        }
        return nil
    }

    /// Checks every goal of `cell`; with `report`, says how each one stands. A goal that cannot
    /// be checked yet (it names a value the learner has not made, say) counts as unmet; its
    /// error is shown only when reporting, not after every statement.
    private func checkGoals(_ cell: LessonCell, report: Bool) -> Bool {
        var all = true
        for goal in cell.expects {
            do throws(Diagnostic) {
                let verdict = try interpreter.check(expectation: goal.text)
                if !verdict.isMet { all = false }
                if report { say((verdict.isMet ? "✓ " : "✗ ") + goal.text + " — " + verdict.explanation) }
            } catch {
                all = false
                if report {
                    say("✗ " + goal.text + " — cannot be checked yet:")
                    sink(.error(error, source: goal.text))
                }
            }
        }
        return all
    }

    // MARK: Start and end

    private func showHeader(startingAt index: Int) {
        var text = "# Lesson \(number) · \(lesson.title)"
        if let minutes = lesson.minutes { text += "\n\n*About \(minutes) minutes.*" }
        if index == 0, !lesson.objectives.isEmpty {
            text += "\n\nYou will:\n\n" + lesson.objectives.map { "- " + $0 }.joined(separator: "\n")
        }
        say(prose(text))
        if index > 0 { say("Starting at cell \(index + 1) of \(cells.count).") }
    }

    private func catchUp(to index: Int) {
        for k in 0..<index {
            let cell = cells[k]
            let lines = cell.replayLines
            if let failure = StatementExecution.run(lines, on: interpreter, sink: { _ in }) {
                say("(While catching up, cell \(k + 1) stopped at line \(failure.statement.line): \(failure.message))")
            }
        }
        say(styled("(Ran cells 1–\(index) quietly so the session is where the lesson expects it.)", .dim))
    }

    private func finish() -> LessonOutcome {
        for text in proseBefore[cells.count] { say("\n" + prose(text)) }
        record.done = true
        record.cell = 1
        save()
        say(styled("Lesson \(number) complete.", .bold) + " `lessons` shows what comes next.")
        return .finished
    }

    private func save() {
        guard let store else { return }
        do {
            try store.save(record)
        } catch {
            if !reportedSaveFailure {
                reportedSaveFailure = true
                say("(Could not save your progress: \(error))")
            }
        }
    }

    // MARK: Text

    private func say(_ text: String) {
        write(text + "\n")
    }

    private func prose(_ markdown: String) -> String {
        ProseRenderer.render(markdown: markdown, width: options.width, color: options.color)
    }

    private func styled(_ text: String, _ style: TextStyle) -> String {
        style.apply(text, color: options.color)
    }

    private func gutter(_ lines: [LessonLine]) -> String {
        let bar = styled("│", .dim)
        return lines.flatMap { $0.text.split(separator: "\n", omittingEmptySubsequences: false) }
            .map { bar + " " + $0 }
            .joined(separator: "\n")
    }
}
