/// `save "m.json"`, `save plot "b.svg"`: the model, or the last picture.
struct SaveCommand: LanguageCommand {
    static let spec = CommandSpec(
        "save", group: .session,
        summary: "save the model (architecture, weights, settings), or the last picture as SVG",
        help: """
        `save "m.json"` writes the architecture, weights and settings to a JSON file; `load` \
        reads it back. `save plot "boundary.svg"` writes the last picture shown (a curve, a \
        boundary, a heat map…) as a standalone SVG file, with every panel the statement \
        showed: both curves of `show curve`, each layer of `show weights`, the curves and \
        the table of `compare`. Files are written atomically: a crash never leaves half a \
        file.
        """,
        examples: ["data circle\nlayer dense 4 tanh\nlayer dense 1 sigmoid\nsave \"m.json\"",
                   "data circle\nlayer dense 4 tanh\ntrain 10\nshow boundary\nsave plot \"boundary.svg\""],
        parameters: [ParameterSpec("file", .either([.word(["model", "plot"], noun: "thing to save"), .string]),
                                   summary: "the file, or `plot` / `model` followed by the file"),
                     ParameterSpec("path", .string, optional: true, summary: "the file, after `plot` or `model`")],
        check: { (c: ValidatedCommand) throws(Diagnostic) in
            if let what = c.word("file"), c.string("path") == nil {
                throw Diagnostic("`save \(what)` needs a file name", at: c.span(of: "file") ?? c.command.span,
                                 expected: "a quoted path, as in `save plot \"boundary.svg\"`")
            }
            if c.string("file") != nil, let extra = c.span(of: "path") {
                throw Diagnostic("too many arguments: `save` takes one file", at: extra,
                                 expected: "`save \"m.json\"` or `save plot \"picture.svg\"`")
            }
        })
    static let changesSession = false

    /// What is saved.
    enum Target { case model, plot }
    let target: Target
    /// The file as typed, and where.
    let path: String, pathSpan: SourceSpan
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        target = c.word("file") == "plot" ? .plot : .model
        if let path = c.string("path") { self.path = path } else { path = try c.requiredString("file") }
        pathSpan = c.span(of: "path") ?? c.span(of: "file") ?? c.command.span
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        switch target {
        case .plot: try interpreter.savePicture(to: path, pathSpan: pathSpan, at: span, output: output)
        case .model: try interpreter.saveModel(to: path, pathSpan: pathSpan, at: span, output: output)
        }
    }
}
