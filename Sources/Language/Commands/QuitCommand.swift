/// `quit` (also `exit`, Ctrl-D): leave nnlab.
struct QuitCommand: LanguageCommand {
    static let spec = CommandSpec(
        "quit", aliases: ["exit"], group: .session,
        summary: "leave nnlab (also Ctrl-D)",
        help: "Leaves nnlab. History is saved; the session is not (use save).",
        examples: ["quit"])
    static let changesSession = false

    init(_ c: ValidatedCommand) throws(Diagnostic) {}

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        output(.request(.quit))
    }
}
