/// `help`, `help train`, `?train`: the overview or one topic.
struct HelpCommand: LanguageCommand {
    static let spec = CommandSpec(
        "help", group: .session,
        summary: "this overview, or help on one topic (also ?topic)",
        help: "`help` lists every command; `help TOPIC` (or `?TOPIC`) explains one command, function or idea with an example.",
        examples: ["help", "help train", "?layer"],
        parameters: [ParameterSpec("topic", .name, optional: true, summary: "a command, function or topic"),
                     ParameterSpec("detail", .name, optional: true, summary: "a sub-word of the command")],
        check: { (c: ValidatedCommand) throws(Diagnostic) in
            guard let topic = c.word("topic") else { return }
            if HelpTexts.help(topic: topic) == nil {
                throw Diagnostic("no help on `\(abbreviate(topic))`", at: c.span(of: "topic") ?? c.command.span,
                                 expected: "a command, function or topic (`help` lists them)",
                                 suggestion: Suggest.nearest(to: topic, in: HelpTexts.topics))
            }
        })
    static let changesSession = false

    /// The topic and the sub-word after it (`help data copy`), if given.
    let topic: String?, detail: String?
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        topic = c.word("topic")
        detail = c.word("detail")
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        let full = topic.map { t in detail.map { t + " " + $0 } ?? t }
        guard let text = HelpTexts.help(topic: full) ?? HelpTexts.help(topic: topic) else {
            throw Diagnostic("no help on `\(full ?? "")`", at: span)
        }
        output(.text(text))
    }
}
