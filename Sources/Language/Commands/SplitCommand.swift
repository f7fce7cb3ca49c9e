private typealias O = CommonOptions

/// `split 70 15 15`: train / valid / test percentages.
struct SplitCommand: LanguageCommand {
    static let spec = CommandSpec(
        "split", group: .data,
        summary: "train / valid / test percentages (default 70 15 15)",
        help: """
        Splits the dataset into training, validation and test sets by percentages that add up \
        to 100, shuffled with the session's seed. Two numbers leave no test set. Train on \
        train, choose settings by valid, and look at test once at the end.
        """,
        examples: ["data circle\nsplit 80 10 10", "data spiral\nsplit 60 20 20\nshow data"],
        parameters: [
            ParameterSpec("train", .number(.positive(upTo: 100)), summary: "percent for training"),
            ParameterSpec("valid", .number(.nonNegative(upTo: 100)), summary: "percent for validation"),
            ParameterSpec("test", .number(.nonNegative(upTo: 100)), optional: true, summary: "percent for testing"),
        ],
        check: { (c: ValidatedCommand) throws(Diagnostic) in
            let total = (c.number("train") ?? 0) + (c.number("valid") ?? 0) + (c.number("test") ?? 0)
            if abs(total - 100) > 1e-9 {
                throw Diagnostic("the percentages add up to \(formatNumber(total)), not 100", at: c.command.span,
                                 expected: "percentages that add up to 100, such as `split 70 15 15`")
            }
        })
    static let changesSession = true

    /// Percent for training, validation and testing (testing: the rest when not given).
    let train: Double, valid: Double, test: Double
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        train = try c.requiredNumber("train")
        valid = try c.requiredNumber("valid")
        test = c.number("test") ?? Swift.max(0, 100 - train - valid)
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.split(train: train, valid: valid, test: test, at: span, output: output)
    }
}
