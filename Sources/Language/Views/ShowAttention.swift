/// `show attention`: an attention matrix with token labels (with the attention layers).
enum ShowAttention: SessionView {
    static let sub = SubcommandSpec("attention", "an attention matrix with token labels",
                                    options: [CommonOptions.layer, CommonOptions.head, CommonOptions.sample])

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        throw Diagnostic("`show attention` comes with the recurrent and attention layers, which this version does not have yet",
                         at: options.viewSpan, expected: "show data, model, curve, boundary, weights, gradient…")
    }
}
