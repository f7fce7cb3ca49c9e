/// `lesson 3`: start or resume a lesson, which the front end runs.
struct LessonCommand: LanguageCommand {
    static let spec = CommandSpec(
        "lesson", group: .session,
        summary: "start or resume lesson N",
        help: "Starts lesson N (or resumes it where you stopped). At each pause: next, back, again, hint, solution, skip, quit.",
        examples: ["lesson 1"],
        parameters: [ParameterSpec("number", .integer(1...Limits.maxLesson), summary: "the lesson's number")])
    static let changesSession = false

    let number: Int

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        number = try c.requiredInteger("number")
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        output(.request(.lesson(number)))
    }
}
