/// `export "day1.html"`, `export "day1.ipynb"`: the session so far as a page or a notebook.
struct ExportCommand: LanguageCommand {
    static let spec = CommandSpec(
        "export", group: .session,
        summary: "the session so far as an HTML page or a Jupyter notebook",
        help: """
        Writes every statement typed so far, numbered, with its outputs: text and tables as \
        text, pictures as SVG, errors marked as errors, statements taken back by undo marked \
        as undone. `.html` gives one self-contained page (no scripts, fonts or images from \
        elsewhere: it opens offline and prints well); `.ipynb` a Jupyter notebook, with \
        comments as text cells. The same session gives the same file. The file is written \
        atomically. `nnlab export lesson 7 day7.html` exports a whole lesson.
        """,
        examples: ["data circle\nlayer dense 4 tanh\ntrain 10\nshow boundary\nexport \"day1.html\"",
                   "plot sigmoid\nexport \"functions.ipynb\""],
        parameters: [ParameterSpec("file", .string, summary: "the file: .html or .ipynb")])
    static let changesSession = false

    let path: String, pathSpan: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        path = try c.requiredString("file")
        pathSpan = c.span(of: "file") ?? c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.export(to: path, at: pathSpan, output: output)
    }
}
