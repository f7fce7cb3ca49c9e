import Foundation
import Language

/// Runs every lesson of a folder as CI does (`nnlab check lessons/`): each lesson with a fresh
/// interpreter, every cell in order, solutions instead of exercise starter lines, each goal
/// checked with `check(expectation:)` after its solution. A lesson stops at its first failure
/// (a statement that errors, an `expect` line that is unmet, a goal that does not hold after
/// the solution or already holds before it, or a malformed file); the check then goes on with
/// the next lesson.
public struct LessonChecker {
    private let makeRunner: () -> any StatementRunner

    /// A checker that gets a fresh interpreter for each lesson from `makeRunner`.
    public init(makeRunner: @escaping () -> any StatementRunner) {
        self.makeRunner = makeRunner
    }

    /// Checks every lesson file (`NN-slug.md`) in `directory`, in file-name order, calling
    /// `onResult` after each (for live output).
    public func check(directory: URL, onResult: (LessonCheckResult) -> Void = { _ in }) -> CheckReport {
        let files: [URL]
        do {
            files = try LessonCatalog.lessonFiles(in: directory)
        } catch {
            let result = LessonCheckResult(
                file: directory.path, seconds: 0,
                failure: CheckFailure(line: nil, statement: nil, message: "cannot read the folder: \(error.localizedDescription)"))
            onResult(result)
            return CheckReport(results: [result])
        }
        var results: [LessonCheckResult] = []
        for file in files {
            let result = check(file: file)
            onResult(result)
            results.append(result)
        }
        return CheckReport(results: results)
    }

    /// Checks one lesson file.
    public func check(file: URL) -> LessonCheckResult {
        let clock = ContinuousClock()
        let start = clock.now
        let failure: CheckFailure?
        do throws(LessonError) {
            let lesson = try LessonParser.parse(contentsOf: file)
            failure = check(lesson: lesson)
        } catch {
            failure = CheckFailure(line: error.line, statement: nil, message: error.message)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return LessonCheckResult(file: file.lastPathComponent, seconds: seconds, failure: failure)
    }

    /// Runs a parsed lesson with a fresh interpreter; the first failure, or nil.
    public func check(lesson: Lesson) -> CheckFailure? {
        let runner = makeRunner()
        for (index, cell) in lesson.cells.enumerated() {
            if cell.kind == .exercise, let first = cell.expects.first {
                if goalsHold(cell, on: runner) {
                    return CheckFailure(
                        line: first.line, statement: "expect " + first.text,
                        message: "the exercise's goals already hold before the learner types anything, so any statement "
                            + "would be praised; undo what meets them in the cells before (e.g. `model clear`)")
                }
                if let starter = starterLineMeetingGoals(of: lesson, exercise: index) {
                    return CheckFailure(
                        line: starter.line, statement: starter.text,
                        message: "the exercise's goals already hold after this starter line, before the learner did the "
                            + "exercise; make a goal that only the exercise's work can meet")
                }
            }
            let lines = cell.replayLines
            if let failure = StatementExecution.run(lines, on: runner, sink: { _ in }) {
                return CheckFailure(line: failure.statement.line, statement: failure.statement.text, message: failure.message)
            }
            for goal in cell.expects {
                do throws(Diagnostic) {
                    let verdict = try runner.check(expectation: goal.text)
                    if !verdict.isMet {
                        return CheckFailure(line: goal.line, statement: "expect " + goal.text, message: verdict.explanation)
                    }
                } catch {
                    return CheckFailure(line: goal.line, statement: "expect " + goal.text, message: error.summary)
                }
            }
        }
        return nil
    }

    /// Whether every goal of `cell` holds now (a goal that cannot be checked does not).
    private func goalsHold(_ cell: LessonCell, on runner: any StatementRunner) -> Bool {
        cell.expects.allSatisfy { goal in
            do throws(Diagnostic) {
                return try runner.check(expectation: goal.text).isMet
            } catch {
                return false
            }
        }
    }

    /// The first starter line of exercise `index`, before its last, after which the goals hold,
    /// on a fresh session brought to the exercise: a learner typing the shown starting point
    /// would be praised halfway through it. (All of the starting point may be the answer, as
    /// when an exercise only asks to train longer.) Nil when no such line.
    private func starterLineMeetingGoals(of lesson: Lesson, exercise index: Int) -> LessonLine? {
        let starters = lesson.cells[index].lines.filter { !Syntax.isBlank($0.text) }
        guard starters.count > 1 else { return nil }
        let runner = makeRunner()
        for cell in lesson.cells[..<index] {
            let lines = cell.replayLines
            if StatementExecution.run(lines, on: runner, sink: { _ in }) != nil { return nil }
        }
        for line in starters.dropLast() {
            guard runner.run(line.text, line: line.line, sink: { _ in }) else { continue }
            if goalsHold(lesson.cells[index], on: runner) { return line }
        }
        return nil
    }
}
