/// One view of `show`: its sub-word with options and summary, and what it draws.
///
/// Adding a view: a file in `Views/` with a type conforming to this protocol, and its line in
/// `ShowCommand.views`.
protocol SessionView {
    /// The sub-word of `show`, its options and summary.
    static var sub: SubcommandSpec { get }
    /// Draws the view of `interpreter`'s session.
    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic)
}

/// The options of `show`, typed once: each view reads those its sub-word declares (the
/// catalogue refuses the others).
struct ViewOptions: Sendable {
    /// `layer=N`, from 1, and where it was typed.
    var layer: Int?
    var layerSpan: SourceSpan?
    /// `split=train|valid|test`, and where it was typed.
    var split: String?
    var splitSpan: SourceSpan?
    /// `sample=K`, from 1.
    var sample: Int?
    /// `head=H`, from 1.
    var head: Int?
    /// The flags given (`time`).
    var flags: Set<String>
    /// The whole command, for errors about it.
    var span: SourceSpan
    /// The view's word (`gates`), for errors about the view itself.
    var viewSpan: SourceSpan

    /// The options of a validated `show`.
    init(_ c: ValidatedCommand) {
        layer = c.integer("layer")
        layerSpan = c.span(of: "layer")
        split = c.word("split")
        splitSpan = c.span(of: "split")
        sample = c.integer("sample")
        head = c.integer("head")
        flags = c.flags
        span = c.command.span
        viewSpan = c.command.arguments.first?.span ?? c.command.span
    }
}
