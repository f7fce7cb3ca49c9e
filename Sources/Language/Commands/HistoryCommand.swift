/// `history`, `history 20`: the statements typed so far.
struct HistoryCommand: LanguageCommand {
    static let spec = CommandSpec(
        "history", group: .session,
        summary: "the statements typed so far",
        help: "Shows the statements typed in this and earlier sessions (the last N). Ctrl-R searches them.",
        examples: ["history", "history 20"],
        parameters: [ParameterSpec("count", .integer(1...Limits.maxHistory), optional: true,
                                   summary: "how many of the latest to show")])
    static let changesSession = false

    let count: Int

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        count = c.integer("count") ?? 20
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        let log = interpreter.log
        let shown = log.dropLast().suffix(count)
        let first = log.count - 1 - shown.count
        output(.text(shown.enumerated().map { "[\(first + $0.offset + 1)] \($0.element)" }.joined(separator: "\n")))
    }
}
