import NeuralNet

private typealias O = CommonOptions

/// `layer dense 16 relu`, `layer dropout 0.2`…: a layer appended to the network (before the
/// output layer after `load`); each kind's entry in `LayerCommand.kinds` turns the typed words
/// into the layer's `LayerConfig`.
struct LayerCommand: LanguageCommand {
    static let spec = CommandSpec(
        "layer", group: .model,
        summary: "add a layer: dense, dropout, rnn, lstm, gru, embed, posenc, norm, attention, encoder",
        help: """
        Appends a layer to the network. dense WIDTH ACTIVATION is a fully connected layer \
        σ(Wx + b). dropout RATE zeroes a fraction of units during training only. Not in this \
        version yet (they arrive with lessons 10–14): rnn, lstm and \
        gru are recurrent layers following the textbook equations; add `last` to keep only the \
        last time step (for one answer per sequence). embed maps tokens to vectors, posenc adds \
        sinusoidal positions, norm is layer normalisation. attention is multi-head \
        self-attention with a residual connection (`causal` masks the future); encoder is a \
        whole Transformer encoder block (attention, feed-forward, residuals, layer norms).
        """,
        examples: ["data spiral\nlayer dense 16 tanh\nlayer dense 16 tanh\nlayer dense 1 sigmoid\nshow model",
                   "data circle\nlayer dense 16 relu\nlayer dropout 0.2\nlayer dense 1 sigmoid"],
        subcommandNoun: "layer kind",
            subcommands: kinds.map(\.sub))
    static let changesSession = true

    /// One layer kind: its sub-word with parameters and help, and the config it describes.
    struct Kind: Sendable {
        /// The sub-word, its parameters, options and help.
        let sub: SubcommandSpec
        /// The layer the validated command describes.
        let config: @Sendable (ValidatedCommand) throws(Diagnostic) -> LayerConfig
    }

    private static let last = OptionSpec.flag("last", summary: "keep only the last time step")

    /// Every layer kind, in help order.
    static let kinds: [Kind] = [
        Kind(sub: SubcommandSpec("dense", "fully connected: activation(W·x + b)", parameters: [O.width, O.activation])) { (c) throws(Diagnostic) in
            .dense(Dense.Config(units: try c.requiredInteger("width"),
                                activation: c.word("activation").flatMap(Activation.init(rawValue:)) ?? .linear))
        },
        Kind(sub: SubcommandSpec("dropout", "zero a fraction of units while training",
                                 parameters: [ParameterSpec("rate", .number(.unitOpen), summary: "fraction dropped, 0 ≤ rate < 1")])) { (c) throws(Diagnostic) in
            .dropout(Dropout.Config(rate: Float(try c.requiredNumber("rate"))))
        },
        notYet(SubcommandSpec("rnn", "simple recurrent layer h_t = tanh(W·x_t + V·h_{t-1} + b)", parameters: [O.width], options: [last])),
        notYet(SubcommandSpec("lstm", "long short-term memory (gates i, f, o; candidate a; cell c)", parameters: [O.width], options: [last])),
        notYet(SubcommandSpec("gru", "gated recurrent unit (gates z, r)", parameters: [O.width], options: [last])),
        notYet(SubcommandSpec("embed", "token embedding: one learned vector per token",
                              parameters: [ParameterSpec("width", .integer(1...Limits.maxLayerWidth), summary: "vector size")])),
        notYet(SubcommandSpec("posenc", "add sinusoidal position encodings")),
        notYet(SubcommandSpec("norm", "layer normalisation")),
        notYet(SubcommandSpec("attention", "multi-head self-attention with residual", options: [O.heads, O.causal])),
        notYet(SubcommandSpec("encoder", "Transformer encoder block",
                              options: [O.heads, OptionSpec("ff", .integer(1...Limits.maxFeedForward), summary: "feed-forward width"), O.causal])),
    ]

    /// A kind listed in the language whose layer this version does not have yet.
    private static func notYet(_ sub: SubcommandSpec) -> Kind {
        Kind(sub: sub) { (c) throws(Diagnostic) in
            throw Diagnostic("`layer \(sub.name)` comes with the recurrent and attention lessons, which this version does not have yet",
                             at: c.command.arguments.first?.span ?? c.command.span, expected: "layer dense or layer dropout")
        }
    }

    let config: LayerConfig
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        let name = try c.requiredSubcommand()
        guard let kind = LayerCommand.kinds.first(where: { $0.sub.name == name }) else { throw c.missing("layer kind") }
        config = try kind.config(c)
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.addLayer(config, at: span, output: output)
    }
}
