/// `model clear`: start a new, empty network.
struct ModelCommand: LanguageCommand {
    static let spec = CommandSpec(
        "model", group: .model,
        summary: "start a new, empty network",
        help: """
        `model clear` removes every layer so you can build a new network; the data and settings \
        stay, and the initialiser goes back to xavier. The input size always comes from the data.
        """,
        examples: ["data circle\nlayer dense 4 tanh\nmodel clear\nlayer dense 8 relu\nlayer dense 1 sigmoid"],
        subcommandNoun: "model action",
        subcommands: [SubcommandSpec("clear", "remove every layer")])
    static let changesSession = true

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        _ = try c.requiredSubcommand()   // `clear`, the only action
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        interpreter.modelClear(output: output)
    }
}
