import Foundation
import Testing
@testable import Lessons

@Suite struct LessonCheckerTests {
    /// A folder holding the given lesson files.
    private func folder(_ files: [String: String]) throws -> URL {
        let url = try temporaryFolder()
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test func passesAndRunsSolutionsNotStarterLines() throws {
        let dir = try folder(["01-neuron.md": SampleLessons.neuron, "README.md": "not a lesson"])
        var fakes: [FakeRunner] = []
        let checker = LessonChecker {
            let fake = Self.solvable()
            fakes.append(fake)
            return fake
        }
        let report = checker.check(directory: dir)
        #expect(report.results.map(\.file) == ["01-neuron.md"])
        #expect(report.succeeded)
        #expect(fakes.count == 1)
        #expect(fakes[0].statements == [
            "data line", "layer dense 1 sigmoid", "train 100", "expect accuracy valid >= 0.95",
            "data xor", "train 100", // the solution; the starter `data xor` is not run
            "let w = [0.5,\n         -1]",
        ])
        // Checked before the solution (it must not hold yet) and after it.
        #expect(fakes[0].checked == ["accuracy valid <= 0.65", "accuracy valid <= 0.65"])
        #expect(report.render().hasPrefix("ok   01-neuron.md  ("))
        #expect(report.render().hasSuffix("\n1 passed, 0 failed"))
    }

    @Test func failsOnAnUnmetExpectLineAndGoesOnToTheNextLesson() throws {
        let second = SampleLessons.neuron.replacingOccurrences(of: "title: The neuron", with: "title: Two")
        let dir = try folder(["01-neuron.md": SampleLessons.neuron, "02-two.md": second])
        var made = 0
        let checker = LessonChecker {
            made += 1
            // The first lesson's proof does not hold; the second lesson gets a good session.
            let fake = Self.solvable()
            if made == 1 { fake.failures["expect accuracy valid >= 0.95"] = "valid accuracy is 0.71 (goal: ≥ 0.95)" }
            return fake
        }
        var live: [String] = []
        let report = checker.check(directory: dir) { live.append($0.file) }
        #expect(live == ["01-neuron.md", "02-two.md"])
        #expect(made == 2)
        #expect(report.results[0].failure == CheckFailure(line: 17, statement: "expect accuracy valid >= 0.95", message: "valid accuracy is 0.71 (goal: ≥ 0.95)"))
        #expect(report.results[1].passed)
        let lines = report.render().split(separator: "\n")
        #expect(lines[0].hasPrefix("FAIL 01-neuron.md:17: expect accuracy valid >= 0.95 — valid accuracy is 0.71 (goal: ≥ 0.95)  ("))
        #expect(lines[1].hasPrefix("ok   02-two.md"))
        #expect(lines.last == "1 passed, 1 failed")
        #expect(!report.succeeded)
    }

    @Test func failsOnACellErrorAndStopsThatLesson() throws {
        let dir = try folder(["01-neuron.md": SampleLessons.neuron])
        let fake = FakeRunner(failures: ["layer dense 1 sigmoid": "no data loaded"], goals: ["accuracy valid <= 0.65": true])
        let report = LessonChecker { fake }.check(directory: dir)
        #expect(report.results[0].failure == CheckFailure(line: 15, statement: "layer dense 1 sigmoid", message: "no data loaded"))
        #expect(fake.statements == ["data line", "layer dense 1 sigmoid"])
    }

    @Test func failsOnAnUnmetGoalAfterTheSolution() throws {
        let dir = try folder(["01-neuron.md": SampleLessons.neuron])
        let fake = FakeRunner(goals: ["accuracy valid <= 0.65": false])
        fake.explanations["accuracy valid <= 0.65"] = "valid accuracy is 0.98 (goal: ≤ 0.65)"
        let report = LessonChecker { fake }.check(directory: dir)
        #expect(report.results[0].failure == CheckFailure(line: 25, statement: "expect accuracy valid <= 0.65", message: "valid accuracy is 0.98 (goal: ≤ 0.65)"))
        #expect(!fake.statements.contains("let w = [0.5,\n         -1]"))
    }

    /// A runner where the sample exercise's goal holds once its solution starts (`data xor`).
    static func solvable() -> FakeRunner {
        let fake = FakeRunner(goals: ["accuracy valid <= 0.65": false])
        fake.turnsTrue["data xor"] = ["accuracy valid <= 0.65"]
        return fake
    }

    /// Goals that the cells before an exercise already meet would praise any statement.
    @Test func failsWhenAnExerciseIsSolvedBeforeItStarts() throws {
        let dir = try folder(["01-neuron.md": SampleLessons.neuron])
        let fake = FakeRunner(goals: ["accuracy valid <= 0.65": true])
        let report = LessonChecker { fake }.check(directory: dir)
        let failure = try #require(report.results[0].failure)
        #expect(failure.line == 25)
        #expect(failure.message.contains("already hold before the learner types anything"))
        #expect(!fake.statements.contains("data xor"))
    }

    /// A learner typing the shown starting point must not be praised halfway through it.
    @Test func failsWhenAStarterLineBeforeTheLastMeetsTheGoals() throws {
        let twoStarters = SampleLessons.neuron
            .replacingOccurrences(of: "# one neuron on xor\ndata xor\n", with: "# one neuron on xor\ndata xor\ntrain 5\n")
            .replacingOccurrences(of: "```nnlab solution\ndata xor\ntrain 100\n", with: "```nnlab solution\ndata xor\ntrain 5\n")
        #expect(twoStarters != SampleLessons.neuron)
        let dir = try folder(["01-neuron.md": twoStarters])
        let report = LessonChecker { Self.solvable() }.check(directory: dir)
        let failure = try #require(report.results[0].failure)
        #expect(failure.statement == "data xor")
        #expect(failure.message.contains("after this starter line"))
        // With the goal met only by the last starter line (the whole starting point), it passes.
        let lastOnly = LessonChecker {
            let fake = FakeRunner(goals: ["accuracy valid <= 0.65": false])
            fake.turnsTrue["train 5"] = ["accuracy valid <= 0.65"]
            return fake
        }.check(directory: dir)
        #expect(lastOnly.succeeded)
    }

    @Test func aGoalThatCannotBeCheckedFails() throws {
        let dir = try folder(["01-neuron.md": SampleLessons.neuron])
        let report = LessonChecker { FakeRunner() }.check(directory: dir)
        #expect(report.results[0].failure?.line == 25)
        #expect(report.results[0].failure?.message == "cannot check `accuracy valid <= 0.65`")
    }

    @Test func failsOnAMalformedLesson() throws {
        let broken = SampleLessons.header + "\n```nnlab solution\ntrain 1\n```\n"
        let dir = try folder(["01-neuron.md": SampleLessons.neuron, "02-broken.md": broken])
        let report = LessonChecker { Self.solvable() }.check(directory: dir)
        #expect(report.results.map(\.passed) == [true, false])
        #expect(report.results[1].failure?.line == 4)
        #expect(report.render().contains("FAIL 02-broken.md:4: `nnlab solution` without an `nnlab exercise` just before it"))
        #expect(report.render().hasSuffix("1 passed, 1 failed"))
    }

    @Test func anEmptyOrMissingFolderFails() throws {
        let empty = try folder([:])
        #expect(!LessonChecker { FakeRunner() }.check(directory: empty).succeeded)
        let missing = LessonChecker { FakeRunner() }.check(directory: empty.appendingPathComponent("nope"))
        #expect(missing.failedCount == 1)
    }

    @Test func secondsAreShownWithTwoDecimals() {
        #expect(CheckReport.format(0.412) == "0.41")
        #expect(CheckReport.format(12.005) == "12.01" || CheckReport.format(12.005) == "12.00")
        #expect(CheckReport.format(3) == "3.00")
    }
}
