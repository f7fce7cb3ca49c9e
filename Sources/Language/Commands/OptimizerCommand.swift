import NeuralNet

private typealias O = CommonOptions

/// `optimizer adam lr=0.01`: how the weights are updated.
struct OptimizerCommand: LanguageCommand {
    static let spec = CommandSpec(
        "optimizer", aliases: ["optimiser"], group: .training,
        summary: "choose the optimiser: sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw",
        help: """
        Sets how the weights are updated from the gradients. sgd takes a plain step down the \
        gradient; momentum and nesterov keep a running velocity; adagrad, rmsprop and adam \
        adapt the step per weight; adamw adds decoupled weight decay. Options set the \
        optimiser's constants; lr= also sets the session's learning rate. A new `optimizer` \
        starts with no state (no velocities or moments yet).
        """,
        examples: ["optimizer adam lr=0.01", "optimizer momentum lr=0.1 momentum=0.9",
                   "optimizer adamw lr=0.001 beta1=0.9 beta2=0.999 decay=0.01"],
        subcommandNoun: "optimiser",
        subcommands: [
            SubcommandSpec("sgd", "w ← w − lr·g", options: [O.lr]),
            SubcommandSpec("momentum", "v ← m·v + g; w ← w − lr·v (PyTorch's form)", options: [O.lr, O.momentum]),
            SubcommandSpec("nesterov", "momentum with a look-ahead: w ← w − lr·(g + m·v)", options: [O.lr, O.momentum]),
            SubcommandSpec("adagrad", "per-weight steps shrinking with the summed squared gradients",
                           options: [O.lr, O.eps]),
            SubcommandSpec("rmsprop", "per-weight steps from a running mean of squared gradients",
                           options: [O.lr, O.rho, O.eps]),
            SubcommandSpec("adam", "momentum plus RMSprop with bias correction",
                           options: [O.lr, O.beta1, O.beta2, O.eps]),
            SubcommandSpec("adamw", "Adam with decoupled weight decay",
                           options: [O.lr, O.beta1, O.beta2, O.eps, O.decay]),
        ])
    static let changesSession = true

    /// The optimiser with the constants typed, the others at their defaults.
    let settings: OptimizerSettings

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        guard let kind = OptimizerSettings.Kind(rawValue: try c.requiredSubcommand()) else { throw c.missing("optimiser") }
        var settings = OptimizerSettings(kind: kind, learningRate: c.number("lr").map(Float.init))
        if let m = c.number("momentum") { settings.momentum = Float(m) }
        if let b = c.number("beta1") { settings.beta1 = Float(b) }
        if let b = c.number("beta2") { settings.beta2 = Float(b) }
        if let r = c.number("rho") { settings.beta2 = Float(r) }
        if let e = c.number("eps") { settings.epsilon = Float(e) }
        if let d = c.number("decay") { settings.weightDecay = Float(d) }
        self.settings = settings
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        interpreter.session.optimizerSettings = settings
        interpreter.session.optimizer = nil
        output(.text("optimizer \(settings.kind.rawValue), lr \(Format.number(Double(settings.learningRate)))"))
    }
}
