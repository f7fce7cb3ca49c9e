/// `show gates`: LSTM and GRU gate values over one sequence (with the recurrent layers).
enum ShowGates: SessionView {
    static let sub = SubcommandSpec("gates", "LSTM/GRU gate values over one sequence",
                                    options: [CommonOptions.layer, CommonOptions.sample])

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        throw Diagnostic("`show gates` comes with the recurrent and attention layers, which this version does not have yet",
                         at: options.viewSpan, expected: "show data, model, curve, boundary, weights, gradient…")
    }
}
