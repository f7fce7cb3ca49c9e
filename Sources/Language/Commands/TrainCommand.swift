/// `train 100`: epochs of mini-batch training.
struct TrainCommand: LanguageCommand {
    static let spec = CommandSpec(
        "train", group: .training,
        summary: "train for N epochs",
        help: """
        Trains for N epochs (passes over the training set) in mini-batches, with a live progress \
        bar and the train and valid loss. Ctrl-C stops after the current step and keeps the \
        model. With `set patience` training stops early when the valid loss stops improving. \
        The best epoch's weights are remembered (see restore best). `train 200 live` redraws \
        a picture in place as the network learns, about ten times a second: the decision \
        regions for 2-D data, the loss curve otherwise (on a terminal; piped output is the \
        same as without `live`).
        """,
        examples: ["data circle n=200\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ntrain 50\nshow curve",
                   "data spiral n=200\nlayer dense 16 tanh\nlayer dense 16 tanh\ntrain 50 live"],
        parameters: [ParameterSpec("epochs", .integer(1...Limits.maxEpochs), summary: "number of epochs")],
        options: [.flag("live", summary: "redraw the decision regions (2-D data) or the loss curve while training")])
    static let changesSession = true

    let epochs: Int
    /// `live`: redraw a picture in place while training (on a terminal).
    let live: Bool
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        epochs = try c.requiredInteger("epochs")
        live = c.hasFlag("live")
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.train(epochs: epochs, live: live, at: span, output: output)
    }
}
