/// `lessons`: the lesson menu, which the front end shows.
struct LessonsCommand: LanguageCommand {
    static let spec = CommandSpec(
        "lessons", group: .session,
        summary: "the list of lessons, with your progress",
        help: "Lists the lessons with your progress; `lesson N` starts or resumes one.",
        examples: ["lessons"])
    static let changesSession = false

    init(_ c: ValidatedCommand) throws(Diagnostic) {}

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        output(.request(.lessons))
    }
}
