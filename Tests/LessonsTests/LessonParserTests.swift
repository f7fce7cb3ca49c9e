import Testing
@testable import Lessons

@Suite struct LessonParserTests {
    @Test func parsesAGoodLesson() throws {
        let lesson = try LessonParser.parse(SampleLessons.neuron, fileName: "lessons/01-neuron.md")
        #expect(lesson.number == 1)
        #expect(lesson.slug == "neuron")
        #expect(lesson.fileName == "01-neuron.md")
        #expect(lesson.title == "The neuron")
        #expect(lesson.minutes == 15)
        #expect(lesson.objectives == ["compute sigmoid(w·x + b) by hand", "see one neuron fail on xor"])
        #expect(lesson.blocks.count == 6)
        #expect(lesson.blocks[0] == .prose("# The neuron\n\nA neuron computes $\\sigma(w \\cdot x + b)$."))
        #expect(lesson.blocks[2] == .prose("Now your turn."))
        #expect(lesson.blocks[5] == .prose("That is all."))

        let cells = lesson.cells
        #expect(cells.count == 3)
        #expect(cells[0] == LessonCell(kind: .code, line: 13, lines: [
            LessonLine("data line", line: 14), LessonLine("layer dense 1 sigmoid", line: 15),
            LessonLine("train 100", line: 16), LessonLine("expect accuracy valid >= 0.95", line: 17),
        ]))
        let exercise = cells[1]
        #expect(exercise.kind == .exercise)
        #expect(exercise.line == 22)
        #expect(exercise.lines == [LessonLine("# one neuron on xor", line: 23), LessonLine("data xor", line: 24)])
        #expect(exercise.expects == [LessonLine("accuracy valid <= 0.65", line: 25)])
        #expect(exercise.hints == ["Load the xor data.", "Type `data xor`, then `train 100`."])
        #expect(exercise.why == "One neuron draws one straight line;\nxor needs two.")
        #expect(exercise.solution == [LessonLine("data xor", line: 33), LessonLine("train 100", line: 34)])
        #expect(exercise.solutionLine == 32)
        #expect(cells[2].lines == [LessonLine("let w = [0.5,\n         -1]", line: 38)])
    }

    @Test func otherFencedBlocksAreProse() throws {
        let text = SampleLessons.header + "\nSee:\n\n```swift\nlet x = 1\n```\n\n```nnlab\nstep\n```\n"
        let lesson = try LessonParser.parse(text, fileName: "04-x.md")
        #expect(lesson.blocks == [
            .prose("See:\n\n```swift\nlet x = 1\n```"),
            .cell(LessonCell(kind: .code, line: 10, lines: [LessonLine("step", line: 11)])),
        ])
    }

    /// Parses `text` as `09-broken.md` and returns the error it must give.
    private func error(_ text: String) -> LessonError? {
        do {
            _ = try LessonParser.parse(text, fileName: "09-broken.md")
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFrontMatter() {
        let e = error("# Title\n\nText.\n")
        #expect(e?.file == "09-broken.md")
        #expect(e?.line == 1)
        #expect(e?.message.contains("front matter") == true)
    }

    @Test func unclosedFrontMatter() {
        let e = error("---\ntitle: X\n\nText.\n")
        #expect(e?.line == 1)
        #expect(e?.message.contains("not closed") == true)
    }

    @Test func noTitle() {
        let e = error("---\nminutes: 10\n---\nText.\n")
        #expect(e == LessonError(file: "09-broken.md", line: 1, message: "front matter has no `title:`"))
    }

    @Test func badMinutes() {
        #expect(error("---\ntitle: X\nminutes: soon\n---\n")?.line == 3)
    }

    @Test func unclosedFence() {
        let e = error(SampleLessons.header + "\nText.\n\n```nnlab\ndata xor\n")
        #expect(e?.line == 6)
        #expect(e?.message.contains("never closed") == true)
        // An unclosed prose fence is an error too.
        #expect(error(SampleLessons.header + "\n```swift\nlet x = 1\n")?.line == 4)
    }

    @Test func exerciseWithoutSolution() {
        let e = error(SampleLessons.header + "\n```nnlab exercise\nexpect loss train < 0.1\n```\n\nMore text.\n")
        #expect(e?.line == 4)
        #expect(e?.message.contains("solution") == true)
        // At the end of the file, and followed by another cell.
        #expect(error(SampleLessons.header + "\n```nnlab exercise\nexpect loss train < 0.1\n```\n")?.line == 4)
        #expect(error(SampleLessons.header + "\n```nnlab exercise\nexpect loss train < 0.1\n```\n```nnlab\nstep\n```\n")?.line == 4)
    }

    @Test func solutionWithoutExercise() {
        let e = error(SampleLessons.header + "\n```nnlab solution\ntrain 10\n```\n")
        #expect(e?.line == 4)
        #expect(e?.message.contains("without an `nnlab exercise`") == true)
    }

    @Test func unknownCellTag() {
        let e = error(SampleLessons.header + "\nText\n\n```nnlab excercise\ntrain 10\n```\n")
        #expect(e?.line == 6)
        #expect(e?.message.contains("unknown cell tag `nnlab excercise`") == true)
    }

    @Test func hintOutsideAnExercise() {
        let e = error(SampleLessons.header + "\n```nnlab\ntrain 10\nhint: try more epochs\n```\n")
        #expect(e == LessonError(file: "09-broken.md", line: 6, message: "`hint:` outside an exercise; hints belong in an `nnlab exercise` cell"))
        #expect(error(SampleLessons.header + "\n```nnlab exercise\nexpect loss train < 1\n```\n```nnlab solution\nhint: no\n```\n")?.line == 8)
    }

    @Test func exerciseWithoutGoal() {
        #expect(error(SampleLessons.header + "\n```nnlab exercise\ntrain 10\n```\n```nnlab solution\ntrain 10\n```\n")?.line == 4)
    }

    @Test func unclosedBracketInACell() {
        let e = error(SampleLessons.header + "\n```nnlab\nlet w = [1,\n2\n```\n")
        #expect(e?.line == 5)
    }

    @Test func badFileName() {
        let e = try? LessonParser.parse(SampleLessons.neuron, fileName: "neuron.md")
        #expect(e == nil)
        do {
            _ = try LessonParser.parse(SampleLessons.neuron, fileName: "neuron.md")
        } catch {
            #expect(error.file == "neuron.md")
            #expect(error.line == 1)
        }
    }

    @Test func errorDescriptionNamesFileAndLine() {
        #expect(LessonError(file: "03-x.md", line: 7, message: "bad").description == "03-x.md:7: bad")
    }
}
