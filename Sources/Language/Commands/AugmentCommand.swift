private typealias O = CommonOptions

/// `augment noise 0.1 copies=3`, `augment none`: jittered copies of the training set.
struct AugmentCommand: LanguageCommand {
    static let spec = CommandSpec(
        "augment", group: .data,
        summary: "add jittered copies of the training set",
        help: """
        Data augmentation: adds copies of every training point with Gaussian noise of the given \
        standard deviation added to its inputs (labels unchanged). Only the training split grows; \
        valid and test stay as they are. A cheap remedy for overfitting. `augment none` goes \
        back to the training split as it is (so does a new `data` or `split`).
        """,
        examples: ["data circle n=100\naugment noise 0.1", "data circle n=100\naugment noise 0.05 copies=3\naugment none"],
        subcommandNoun: "augmentation",
        subcommands: [
            SubcommandSpec("noise", "Gaussian jitter of the inputs",
                           parameters: [ParameterSpec("sigma", .number(.positive(upTo: Limits.maxNoise)),
                                                      summary: "standard deviation of the jitter")],
                           options: [OptionSpec("copies", .integer(1...Limits.maxAugmentCopies),
                                                summary: "jittered copies per point (default 1)")]),
            SubcommandSpec("none", "no augmentation: train on the split's own rows"),
        ])
    static let changesSession = true

    /// The standard deviation of the jitter and the copies per point; nil for `augment none`.
    let noise: (sigma: Double, copies: Int)?
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        noise = try c.requiredSubcommand() == "none" ? nil : (try c.requiredNumber("sigma"), c.integer("copies") ?? 1)
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.augment(noise: noise, at: span, output: output)
    }
}
