/// `train 100`: epochs of mini-batch training.
struct TrainCommand: LanguageCommand {
    static let spec = CommandSpec(
        "train", group: .training,
        summary: "train for N epochs",
        help: """
        Trains for N epochs (passes over the training set) in mini-batches, with a live progress \
        bar and the train and valid loss. Ctrl-C stops after the current step and keeps the \
        model. With `set patience` training stops early when the valid loss stops improving. \
        The best epoch's weights are remembered (see restore best).
        """,
        examples: ["data circle n=200\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ntrain 50\nshow curve"],
        parameters: [ParameterSpec("epochs", .integer(1...Limits.maxEpochs), summary: "number of epochs")])
    static let changesSession = true

    let epochs: Int
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        epochs = try c.requiredInteger("epochs")
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.train(epochs: epochs, at: span, output: output)
    }
}
