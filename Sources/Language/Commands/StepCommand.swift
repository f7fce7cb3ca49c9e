/// `step`, `step 5`: single mini-batch steps with the loss before and after.
struct StepCommand: LanguageCommand {
    static let spec = CommandSpec(
        "step", group: .training,
        summary: "one (or N) mini-batch steps, with the loss before and after",
        help: """
        Takes one mini-batch step — forward, loss, backward, update — or N of them, printing the \
        loss before and after. Use it with `show gradient` to watch the training loop one step \
        at a time.
        """,
        examples: ["data circle\nlayer dense 4 tanh\nlayer dense 1 sigmoid\nstep\nstep 5\nshow gradient"],
        parameters: [ParameterSpec("steps", .integer(1...Limits.maxSteps), optional: true,
                                   summary: "number of steps (default 1)")])
    static let changesSession = true

    let steps: Int
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        steps = c.integer("steps") ?? 1
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.step(steps, at: span, output: output)
    }
}
