private typealias O = CommonOptions

/// `predict 0.5 -1.2`, `predict [0.5, -1.2]`: the network's output for one input.
struct PredictCommand: LanguageCommand {
    static let spec = CommandSpec(
        "predict", group: .training,
        summary: "the model's output for one input",
        help: """
        Runs the network on one input, given as numbers (`predict 0.5 -1.2`) or a list \
        (`predict [0.5, -1.2]`), and shows the output (class probabilities for a classifier).
        """,
        examples: ["data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ntrain 20\npredict 0.5 -1.2"],
        parameters: [ParameterSpec("input", .either([.number(.any), .numbers(maxCount: Limits.maxPredictInputs)]),
                                   variadic: true, maxCount: Limits.maxPredictInputs, summary: "the input values")],
        check: { (c: ValidatedCommand) throws(Diagnostic) in
            let all = c.arguments.filter { $0.name == "input" }
            if all.count > 1, let list = all.first(where: { if case .numbers = $0.value { return true } else { return false } }) {
                throw Diagnostic("give the input as numbers or as one list, not both", at: list.span,
                                 expected: "`predict 0.5 -1.2` or `predict [0.5, -1.2]`")
            }
        })
    static let changesSession = false

    /// The input values in order, however they were typed.
    let inputs: [Double]
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        var inputs: [Double] = []
        for value in c.arguments("input") {
            switch value {
            case .numbers(let list): inputs += list
            default: if let d = value.doubleValue { inputs.append(d) }
            }
        }
        self.inputs = inputs
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.predict(inputs, at: span, output: output)
    }
}
