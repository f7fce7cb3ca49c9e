/// `run "file.nn"`: the statements of a script, in this session.
struct RunCommand: LanguageCommand {
    static let spec = CommandSpec(
        "run", group: .session,
        summary: "run the statements of a file",
        help: """
        Runs every statement of a text file in this session, as if typed; it stops at the first \
        error, keeping what the statements before it did. `undo` takes the whole script back.
        """,
        examples: ["run \"examples/spiral.nn\""],
        parameters: [ParameterSpec("file", .string, summary: "path of the script")])
    static let changesSession = true

    let path: String, pathSpan: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        path = try c.requiredString("file")
        pathSpan = c.span(of: "file") ?? c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.runFile(path, at: pathSpan, output: output)
    }
}
