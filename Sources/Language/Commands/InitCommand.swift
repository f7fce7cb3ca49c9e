import NeuralNet

private typealias O = CommonOptions

/// `init xavier`, `init constant 0.5 layer=2`: re-initialise the weights.
struct InitCommand: LanguageCommand {
    static let spec = CommandSpec(
        "init", group: .model,
        summary: "re-initialise the weights: xavier, he, pytorch, zeros, constant, normal, uniform",
        help: """
        Re-initialises the weights of every layer, or of one with layer=N. xavier (Glorot) \
        suits tanh and sigmoid, he suits ReLU, pytorch is U(±1/√fan_in). constant V sets every \
        weight to V — watch every hidden unit stay identical. normal S draws from N(0, S²); \
        uniform A from U(−A, A). Biases start at zero, except with constant V (every weight \
        and bias is V) and pytorch (biases drawn like the weights). The scheme stays for \
        later layers until `model clear`, which goes back to xavier.
        """,
        examples: ["data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ninit constant 0.5",
                   "data circle\nlayer dense 8 relu\nlayer dense 1 sigmoid\ninit he layer=1"],
        subcommandNoun: "initialiser",
        subcommands: [
            SubcommandSpec("xavier", "Glorot: U(±√(6/(fan_in+fan_out)))"),
            SubcommandSpec("he", "He: N(0, 2/fan_in)"),
            SubcommandSpec("pytorch", "U(±1/√fan_in), PyTorch's default"),
            SubcommandSpec("zeros", "every weight 0"),
            SubcommandSpec("constant", "every weight the same value",
                           parameters: [ParameterSpec("value", .number(.any), summary: "the value")]),
            SubcommandSpec("normal", "N(0, std²)",
                           parameters: [ParameterSpec("std", .number(.positive(upTo: 100)), optional: true,
                                                      summary: "standard deviation (default 0.1)")]),
            SubcommandSpec("uniform", "U(−a, a)",
                           parameters: [ParameterSpec("range", .number(.positive(upTo: 100)), optional: true,
                                                      summary: "half-width a (default 0.5)")]),
        ],
        options: [O.layer, O.seed])
    static let changesSession = true

    /// The scheme, with the language's defaults (constant 0, normal 0.1, uniform 0.5).
    let scheme: Initializer
    /// One layer's number (from 1), or nil for all layers.
    let layer: (number: Int, span: SourceSpan)?
    /// A seed to draw the weights from instead of the session's stream.
    let seed: Int?
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        scheme = Session.initializer(named: try c.requiredSubcommand(),
                                     value: c.number("value") ?? c.number("std") ?? c.number("range"))
        layer = c.integer("layer").map { ($0, c.span(of: "layer") ?? c.command.span) }
        seed = c.integer("seed")
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.initialize(scheme, layer: layer, seed: seed, at: span, output: output)
    }
}
