/// `load "m.json"`: a model saved with `save`.
struct LoadCommand: LanguageCommand {
    static let spec = CommandSpec(
        "load", group: .session,
        summary: "load a model saved with save",
        help: """
        Reads a model file written by save: architecture, weights and settings replace the \
        current ones. Load the data first, then the model: a later `data` or `split` gives the \
        network fresh weights (it says so, and `undo` brings the loaded one back).
        """,
        examples: ["data circle\nlayer dense 4 tanh\nlayer dense 1 sigmoid\nsave \"m.json\"\nmodel clear\nload \"m.json\""],
        parameters: [ParameterSpec("file", .string, summary: "path of the model file")])
    static let changesSession = true

    let path: String, pathSpan: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        path = try c.requiredString("file")
        pathSpan = c.span(of: "file") ?? c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.loadModel(from: path, at: pathSpan, output: output)
    }
}
