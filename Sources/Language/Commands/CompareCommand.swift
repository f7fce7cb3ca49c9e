private typealias O = CommonOptions

/// `compare lr 0.001 0.01 0.1 epochs=50`: a copy trained per value, curves overlaid.
struct CompareCommand: LanguageCommand {
    static let spec = CommandSpec(
        "compare", group: .training,
        summary: "train a copy per value of a setting and overlay the curves",
        help: """
        Trains a copy of the current model for each value of one setting, all from the same \
        starting weights, then overlays their loss curves and shows a results table. Any \
        setting can vary (lr, batch, l2, l1, clip, …) and also init, optimizer and loss. The \
        session itself is unchanged.
        """,
        examples: ["data spiral n=200\nlayer dense 16 tanh\nlayer dense 1 sigmoid\ncompare lr 0.001 0.01 0.1 1 epochs=20",
                   "data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ncompare init xavier he zeros epochs=20"],
        parameters: [
            ParameterSpec("setting", .word(Vocabulary.comparable, noun: "setting"), summary: "what to vary"),
            ParameterSpec("value", .either([.number(.any), .name]), variadic: true,
                          maxCount: Limits.maxCompareValues, summary: "the values to try"),
        ],
        options: [O.epochs],
        check: { (c: ValidatedCommand) throws(Diagnostic) in
            guard let setting = c.word("setting") else { return }
            let values = c.arguments.filter { $0.name == "value" }
            let kind: ValueKind
            switch setting {
            case "init": kind = .word(Vocabulary.initializers, noun: "initialiser")
            case "optimizer": kind = .word(Vocabulary.optimizers, noun: "optimiser")
            case "loss": kind = .word(Vocabulary.losses, noun: "loss")
            default: kind = CommonOptions.settingKinds[setting] ?? .number(.any)
            }
            for value in values {
                let argument: Argument
                switch value.value {
                case .number(let v): argument = Argument(.number(v), span: value.span)
                case .word(let w): argument = Argument(.word(w), span: value.span)
                default: continue
                }
                _ = try CommandCatalogue.convert(argument, to: kind, label: setting)
            }
            // Counted after each value is checked: `compare lr abc` is about `abc`.
            if values.count < 2, let first = values.first {
                throw Diagnostic("`compare` needs at least two values", at: SourceSpan(at: first.span.end),
                                 expected: "two to \(Limits.maxCompareValues) values, as in `compare lr 0.01 0.1`")
            }
        })
    static let changesSession = false

    /// What varies, its values as typed, and the epochs each copy trains.
    let setting: String, values: [ArgumentValue], epochs: Int
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        setting = try c.requiredWord("setting")
        values = c.arguments("value")
        epochs = c.integer("epochs") ?? 50
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.compare(setting, values: values, epochs: epochs, at: span, output: output)
    }
}
