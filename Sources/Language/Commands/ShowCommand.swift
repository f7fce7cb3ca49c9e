/// `show VIEW`: one look inside the data, the network or its training; each view is a
/// `SessionView` in `Views/`.
struct ShowCommand: LanguageCommand {
    static let spec = CommandSpec(
        "show", group: .inspection,
        summary: "look at data, model, settings, curves, boundaries, weights, gradients, attention…",
        help: """
        Shows one view of the session. data: a scatter, image grid or table. model: layers, \
        shapes and parameter counts. settings: every hyper-parameter. curve: loss and accuracy \
        by epoch. boundary: the decision regions over the plane, a colour a class, paler where \
        the network is unsure (2-D data, any number of classes). neurons: each hidden unit's \
        response. weights, gradient, activations: per layer (layer=N) as heat maps with norms; \
        `show gradient time` gives the gradient norm per time step of a recurrent layer. \
        confusion: the confusion matrix (split=). graph: the computation graph of the last \
        `grad`. gates: LSTM/GRU gate values over one sequence. attention: the attention matrix \
        (layer=, head=).
        """,
        examples: ["data spiral\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ntrain 20\nshow boundary\nshow weights layer=1",
                   "data circle\nlayer dense 4 tanh\nlayer dense 1 sigmoid\nstep\nshow gradient"],
        subcommandNoun: "view",
            subcommands: views.map { $0.sub })
    static let changesSession = false

    /// Every view, in help order.
    static let views: [any SessionView.Type] = [
        ShowData.self, ShowModel.self, ShowSettings.self, ShowCurve.self, ShowBoundary.self, ShowNeurons.self,
        ShowWeights.self, ShowGradient.self, ShowActivations.self, ShowConfusion.self, ShowGraph.self,
        ShowGates.self, ShowAttention.self,
    ]

    let view: any SessionView.Type
    let options: ViewOptions

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        let name = try c.requiredSubcommand()
        guard let view = ShowCommand.views.first(where: { $0.sub.name == name }) else { throw c.missing("view") }
        self.view = view
        options = ViewOptions(c)
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        try view.show(in: interpreter, options: options, output: output)
    }
}
