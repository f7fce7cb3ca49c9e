import NeuralNet

/// `loss mse`, `loss bce`, `loss crossentropy`: the loss the network is trained on.
struct LossCommand: LanguageCommand {
    static let spec = CommandSpec(
        "loss", group: .training,
        summary: "choose the loss: mse, bce, crossentropy",
        help: """
        Sets the loss the network is trained on. mse is the mean squared error (regression); bce \
        is binary cross-entropy for one sigmoid output; crossentropy is categorical \
        cross-entropy for a softmax output. The default follows the data. As a value, \
        `loss(valid)` is the mean loss on a split (`help measures`).
        """,
        examples: ["data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\nloss bce"],
        subcommandNoun: "loss",
        subcommands: [
            SubcommandSpec("mse", "mean squared error mean((y − t)²)"),
            SubcommandSpec("bce", "binary cross-entropy −[t·log y + (1−t)·log(1−y)]"),
            SubcommandSpec("crossentropy", "categorical cross-entropy −Σ t·log y"),
        ])
    static let changesSession = true

    let loss: Loss

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        let name = try c.requiredSubcommand()
        guard let loss = Loss(rawValue: name) else { throw c.missing("loss") }
        self.loss = loss
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        interpreter.session.lossChoice = loss
        output(.text("loss \(loss.rawValue)"))
    }
}
