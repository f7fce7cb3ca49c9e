/// `evaluate`: loss and accuracy on every split.
struct EvaluateCommand: LanguageCommand {
    static let spec = CommandSpec(
        "evaluate", group: .training,
        summary: "loss and accuracy on train, valid and test",
        help: "Computes the loss (and accuracy, for classification) on the train, valid and test splits.",
        examples: ["data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ntrain 20\nevaluate"])
    static let changesSession = false

    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.evaluateSplits(at: span, output: output)
    }
}
