/// `reset`: the session afresh.
struct ResetCommand: LanguageCommand {
    static let spec = CommandSpec(
        "reset", group: .session,
        summary: "start the session afresh",
        help: "Forgets the data, the model, the settings and every name; history is kept.",
        examples: ["reset"])
    static let changesSession = true

    init(_ c: ValidatedCommand) throws(Diagnostic) {}

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        interpreter.session = Session(seed: interpreter.session.seed)
        output(.text("session reset: no data, no layers, default settings (seed \(interpreter.session.seed))"))
    }
}
