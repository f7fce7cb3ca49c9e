/// `undo`: take back the last command that changed the session.
struct UndoCommand: LanguageCommand {
    static let spec = CommandSpec(
        "undo", group: .session,
        summary: "take back the last command that changed the session",
        help: """
        Undoes the last command that changed the session (data, model, settings, weights or a \
        `let`), such as a train or a layer, and says which. Looking at a value (`epochs`, \
        `1 + 1`) is not a change. A `run "file.nn"` is undone as a whole.
        """,
        examples: ["data circle\nlayer dense 4 relu\nundo"])
    static let changesSession = false

    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.undo(at: span, output: output)
    }
}
