import Foundation
import Language
import Testing
@testable import Lessons

/// Scripted input and captured output for a runner.
final class Script {
    var inputs: [String]
    var prompts: [String] = []
    var written = ""
    var outputs: [String] = []

    init(_ inputs: [String]) { self.inputs = inputs }

    func readLine(_ prompt: String) -> String? {
        prompts.append(prompt)
        written += prompt
        guard !inputs.isEmpty else { return nil }
        let line = inputs.removeFirst()
        written += line + "\n"
        return line
    }

    func runner(_ lesson: Lesson, _ fake: FakeRunner, _ store: ProgressStore?) -> LessonRunner {
        LessonRunner(
            lesson: lesson, interpreter: fake, progress: store, options: RunnerOptions(width: 60),
            readLine: { self.readLine($0) },
            sink: { output in
                let text = output.plainText(width: 60) ?? ""
                self.outputs.append(text)
                self.written += text + "\n"
            },
            write: { self.written += $0 })
    }
}

@Suite struct LessonRunnerTests {
    private let lesson: Lesson

    init() throws {
        lesson = try LessonParser.parse(SampleLessons.neuron, fileName: "01-neuron.md")
    }

    private func store() throws -> ProgressStore {
        ProgressStore(fileURL: try temporaryFolder().appendingPathComponent("progress"))
    }

    @Test func walksALessonSolvesTheExerciseQuitsAndResumes() throws {
        let store = try store()
        let fake = FakeRunner(goals: ["accuracy valid <= 0.65": false])
        fake.turnsTrue["train 300"] = ["accuracy valid <= 0.65"]
        let script = Script([
            "",               // run cell 1
            "show curve",     // the learner's own statement
            "next",           // on to the exercise
            "hint", "hint", "hint",
            "data xor",       // goal not met yet
            "train 300",      // goal met
            "next",           // on to cell 3
            "quit",
        ])
        let outcome = script.runner(lesson, fake, store).run()
        #expect(outcome == .quit(cell: 3))
        #expect(fake.statements == [
            "data line", "layer dense 1 sigmoid", "train 100", "expect accuracy valid >= 0.95",
            "show curve", "data xor", "train 300",
        ])
        // Goals are checked after each successful statement of the exercise, never before.
        #expect(fake.checked == ["accuracy valid <= 0.65", "accuracy valid <= 0.65"])
        #expect(script.prompts == Array(repeating: "[lesson 1 · cell 1/3]> ", count: 3)
            + Array(repeating: "[lesson 1 · cell 2/3]> ", count: 6) + ["[lesson 1 · cell 3/3]> "])
        let text = script.written
        #expect(text.contains("Lesson 1 · The neuron"))
        #expect(text.contains("• compute sigmoid(w·x + b) by hand"))
        #expect(text.contains("A neuron computes σ(w · x + b)."))
        #expect(text.contains("│ layer dense 1 sigmoid"))
        #expect(text.contains("ran: show curve"))
        #expect(text.contains("Goal: `accuracy valid <= 0.65`"))
        #expect(text.contains("│ data xor"))
        let hint1 = try #require(text.range(of: "Hint 1 of 2: Load the xor data."))
        let hint2 = try #require(text.range(of: "Hint 2 of 2: Type `data xor`, then `train 100`."))
        let noMore = try #require(text.range(of: "No more hints"))
        #expect(hint1.upperBound < hint2.lowerBound && hint2.upperBound < noMore.lowerBound)
        let praise = try #require(text.range(of: "Well done: every goal is met."))
        let why = try #require(text.range(of: "One neuron draws one straight line; xor needs two."))
        #expect(praise.upperBound < why.lowerBound)
        #expect(!text.contains("One solution:"))
        #expect(text.contains("│ let w = [0.5,\n│          -1]"))
        #expect(store.progress(lesson: 1) == LessonProgress(lesson: 1, cell: 3, solved: [2], done: false))

        // A new runner with the same store resumes at cell 3, after catching up quietly.
        let fresh = FakeRunner(goals: ["accuracy valid <= 0.65": true])
        let resumed = Script(["", ""])
        let second = resumed.runner(lesson, fresh, store).run()
        #expect(second == .finished)
        #expect(resumed.prompts.first == "[lesson 1 · cell 3/3]> ")
        #expect(resumed.written.contains("Starting at cell 3 of 3."))
        #expect(fresh.statements == [
            "data line", "layer dense 1 sigmoid", "train 100", "expect accuracy valid >= 0.95",
            "data xor", "train 100", "let w = [0.5,\n         -1]",
        ])
        #expect(!resumed.outputs.contains("ran: data line")) // caught up quietly
        #expect(resumed.outputs == ["ran: let w = [0.5,\n         -1]"])
        #expect(resumed.written.contains("That is all."))
        #expect(resumed.written.contains("Lesson 1 complete."))
        #expect(store.progress(lesson: 1) == LessonProgress(lesson: 1, cell: 1, solved: [2], done: true))
    }

    @Test func nextBeforeSolvingAsksFirst() throws {
        let fake = FakeRunner(goals: ["accuracy valid <= 0.65": false])
        let script = Script(["next", "n", "next", "y", "quit"])
        let outcome = script.runner(lesson, fake, nil).run(from: .cell(2))
        #expect(outcome == .quit(cell: 3))
        #expect(script.prompts.filter { $0.contains("Skip this exercise") }.count == 2)
        #expect(script.written.contains("Carry on"))
    }

    /// A line that is not an answer to "Skip this exercise?" is not lost: a statement runs
    /// (and can meet the goal), a runner command is obeyed.
    @Test func aStatementTypedAtTheSkipQuestionRuns() throws {
        let fake = FakeRunner(goals: ["accuracy valid <= 0.65": false])
        fake.turnsTrue["train 300"] = ["accuracy valid <= 0.65"]
        let script = Script(["next", "train 300", "next", "hint", "quit"])
        let outcome = script.runner(lesson, fake, nil).run(from: .cell(2))
        #expect(outcome == .quit(cell: 3))
        #expect(fake.statements.suffix(1) == ["train 300"])
        #expect(script.written.contains("Well done: every goal is met."))
        #expect(script.prompts.filter { $0.contains("Skip this exercise") }.count == 1)

        let other = FakeRunner(goals: ["accuracy valid <= 0.65": false])
        let hinted = Script(["next", "hint", "quit"])
        #expect(hinted.runner(lesson, other, nil).run(from: .cell(2)) == .quit(cell: 2))
        #expect(hinted.written.contains("Hint 1 of 2"))
        #expect(!other.statements.contains("hint"))
    }

    /// A goal naming a value the learner has not made yet is simply unmet after a statement
    /// (no error each time); `goals` says why it cannot be checked.
    @Test func aGoalThatCannotBeCheckedYetIsQuietUntilAsked() throws {
        let fake = FakeRunner(goals: [:])   // every check throws
        let script = Script(["data xor", "goals", "quit"])
        _ = script.runner(lesson, fake, nil).run(from: .cell(2))
        let beforeGoals = try #require(script.written.range(of: "ran: data xor"))
        let asked = try #require(script.written.range(of: "cannot be checked yet"))
        #expect(beforeGoals.upperBound < asked.lowerBound)
        #expect(script.outputs.filter { $0.contains("cannot check") }.count == 1)
    }

    @Test func solutionShowsAndRunsIt() throws {
        let fake = FakeRunner(goals: ["accuracy valid <= 0.65": false])
        fake.turnsTrue["train 100"] = ["accuracy valid <= 0.65"]
        let store = try store()
        let script = Script(["solution", "next"])
        let outcome = script.runner(lesson, fake, store).run(from: .cell(2))
        #expect(outcome == .endOfInput(cell: 3))
        #expect(script.written.contains("One solution:\n│ data xor\n│ train 100"))
        #expect(script.written.contains("The goals are met with this solution."))
        #expect(script.written.contains("xor needs two."))
        #expect(Array(fake.statements.suffix(2)) == ["data xor", "train 100"])
        // Asking for the solution does not count as solving the exercise.
        #expect(store.progress(lesson: 1)?.solved == [])
    }

    @Test func backAgainSkipAndHelp() throws {
        let fake = FakeRunner(goals: ["accuracy valid <= 0.65": false])
        let script = Script(["back", "skip", "back", "", "again", "help", "goals", "skip", "skip", "hint"])
        _ = script.runner(lesson, fake, nil).run(from: .beginning)
        #expect(script.written.contains("This is the first cell."))
        // Cell 1 ran twice (Enter, then `again`); `skip` never runs a cell.
        #expect(fake.statements.filter { $0 == "data line" }.count == 2)
        #expect(script.written.contains("next (or Enter)"))
        #expect(script.written.contains("This cell has no goals."))
        #expect(script.written.contains("This cell is not an exercise: there are no hints here."))
    }

    @Test func aFailingCellStopsAndSaysWhere() throws {
        let fake = FakeRunner(failures: ["train 100": "no model"])
        let script = Script([""])
        _ = script.runner(lesson, fake, nil).run()
        #expect(fake.statements == ["data line", "layer dense 1 sigmoid", "train 100"])
        #expect(script.written.contains("The cell stopped at line 16"))
        #expect(script.outputs.last?.contains("no model") == true)
    }

    @Test func requestsFromStatementsEndTheLesson() throws {
        let fake = FakeRunner()
        fake.requests["lesson 4"] = .lesson(4)
        let script = Script(["lesson 4"])
        let store = try store()
        #expect(script.runner(lesson, fake, store).run() == .request(.lesson(4), cell: 1))
        #expect(store.progress(lesson: 1)?.cell == 1)
    }

    @Test func reviewKeepsDone() throws {
        let store = try store()
        try store.save(LessonProgress(lesson: 1, cell: 1, solved: [2], done: true))
        let script = Script(["quit"])
        let outcome = script.runner(lesson, FakeRunner(), store).run(from: .resume)
        #expect(outcome == .quit(cell: 1))
        #expect(store.progress(lesson: 1)?.done == true)
    }

    @Test func startCellIsClamped() throws {
        let script = Script([])
        let outcome = script.runner(lesson, FakeRunner(goals: ["accuracy valid <= 0.65": true]), nil)
            .run(from: .cell(99))
        #expect(outcome == .endOfInput(cell: 3))
    }
}
