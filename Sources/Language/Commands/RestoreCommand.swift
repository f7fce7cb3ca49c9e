/// `restore best`: the weights of the epoch with the best validation loss.
struct RestoreCommand: LanguageCommand {
    static let spec = CommandSpec(
        "restore", group: .training,
        summary: "go back to the weights of the best epoch",
        help: """
        `restore best` puts back the weights of the epoch with the lowest validation loss seen \
        while training — early stopping's other half.
        """,
        examples: ["data circle n=100 noise=0.3\nlayer dense 32 relu\nlayer dense 1 sigmoid\ntrain 100\nrestore best\nevaluate"],
        subcommandNoun: "checkpoint",
        subcommands: [SubcommandSpec("best", "the epoch with the best validation loss")])
    static let changesSession = true

    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        _ = try c.requiredSubcommand()   // `best`, the only checkpoint
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.restoreBest(at: span, output: output)
    }
}
