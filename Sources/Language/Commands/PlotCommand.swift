/// `plot sigmoid tanh relu`, `plot sigmoid'`, `plot x^2 - 1 from=-3 to=3`.
struct PlotCommand: LanguageCommand {
    static let spec = CommandSpec(
        "plot", group: .inspection,
        summary: "plot functions and their derivatives",
        help: """
        Plots one or more functions of x over an interval (default −5 to 5): built-ins by name \
        (`plot sigmoid tanh relu`), derivatives with a mark (`plot sigmoid'`), or any \
        expression in x (`plot x^2 - 1`). Expressions are separated by spaces.
        """,
        examples: ["plot sigmoid tanh relu", "plot sigmoid'", "plot x^2 - 1 from=-3 to=3"],
        syntax: .expressions,
        parameters: [ParameterSpec("function", .expression, variadic: true, maxCount: Limits.maxPlotFunctions,
                                   summary: "a function name or an expression in x")],
        options: [OptionSpec("from", .number(.any), summary: "left end of the interval (default -5)"),
                  OptionSpec("to", .number(.any), summary: "right end of the interval (default 5)")],
        check: { (c: ValidatedCommand) throws(Diagnostic) in
            let from = c.number("from") ?? -5
            let to = c.number("to") ?? 5
            if from >= to {
                throw Diagnostic("the interval is empty: from=\(formatNumber(from)) is not below to=\(formatNumber(to))",
                                 at: c.span(of: "to") ?? c.span(of: "from") ?? c.command.span,
                                 expected: "from= smaller than to=")
            }
        })
    static let changesSession = false

    /// The functions or expressions in x, each with where it was typed.
    let functions: [(expression: Expression, span: SourceSpan)]
    /// The interval of x.
    let from: Double, to: Double

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        functions = c.arguments.compactMap { named in
            guard named.name == "function", case .expression(let e) = named.value else { return nil }
            return (e, named.span)
        }
        from = c.number("from") ?? -5
        to = c.number("to") ?? 5
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.plot(functions, from: from, to: to, statement: statement, output: output)
    }
}
