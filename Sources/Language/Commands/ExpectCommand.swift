/// `expect accuracy valid >= 0.9`: a statement that fails unless its condition holds.
struct ExpectCommand: LanguageCommand {
    static let spec = CommandSpec(
        "expect", group: .inspection,
        summary: "check a condition on the session; an error if it does not hold",
        help: """
        `expect CONDITION` is a statement that fails unless the condition holds on what the \
        session holds now; lessons prove what they teach with it, and scripts can too. A \
        condition is one comparison (< <= > >= == !=) between expressions, which may use \
        accuracy(train|valid|test), loss(train|valid|test), distinct_units(LAYER), epochs, \
        epochs_to(ACC) (the first epoch reaching that valid accuracy), best_epoch, roughness \
        (the share of epochs whose training loss rose), diverged (1 after a NaN/inf loss) and names bound \
        with let. Lesson phrases work too: `accuracy valid`, `loss train`, \
        `units distinct layer=1`, `value y`.
        """,
        examples: ["data line\nlayer dense 1 sigmoid\ntrain 30\nexpect accuracy valid >= 0.9",
                   "let y = sigmoid(3)\nexpect value y > 0.9"],
        syntax: .expressions,
        parameters: [ParameterSpec("condition", .expression, variadic: true, maxCount: 64,
                                    summary: "a comparison, e.g. accuracy valid >= 0.9")])
    static let changesSession = false

    /// Where the condition starts and ends in the statement (byte offsets).
    let offset: Int, end: Int

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        let parts = c.arguments.map(\.span)
        guard let first = parts.first, let last = parts.last else { throw c.missing("condition") }
        offset = first.start.offset
        end = last.end.offset
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        let bytes = Array(statement.utf8)
        let text = String(decoding: bytes[Swift.min(offset, bytes.count)..<Swift.min(end, bytes.count)], as: UTF8.self)
        try interpreter.expect(text, offset: offset, statement: statement, output: output)
    }
}
