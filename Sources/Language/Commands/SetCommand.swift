private typealias O = CommonOptions

/// `set lr 0.03`, `set batch 10`…: one hyper-parameter.
struct SetCommand: LanguageCommand {
    static let spec = CommandSpec(
        "set", group: .training,
        summary: "set a hyper-parameter (lr, batch, l2, l1, seed, patience, clip) or width, height",
        help: """
        Sets one hyper-parameter of the session; `show settings` lists the hyper-parameters \
        with their values. lr is the learning rate (changed between `train`s it keeps the optimiser's \
        velocities and moments, as a schedule would); batch the mini-batch size; l2 and l1 the weight \
        penalties (½·l2·Σw² + l1·Σ|w| on the weights, not the biases; the losses shown stay \
        the data's); seed the random seed; patience stops training early after that many epochs \
        without a better validation loss (0 = off); clip limits the gradient norm (0 = off). \
        width and height fix the columns and lines pictures are drawn for (a projector, a \
        recording) instead of the terminal's size, which is read anew for every picture; 0 \
        follows the terminal again.
        """,
        examples: ["set lr 0.03\nset batch 10\nshow settings", "set l2 0.001\nset patience 20\nset clip 1",
                   "set width 160\nset height 50\nplot sigmoid tanh\nset width 0"],
        subcommandNoun: "setting",
        subcommands: Vocabulary.settings.map { name in
            SubcommandSpec(name, CommonOptions.settingSummaries[name] ?? name,
                           parameters: [ParameterSpec("value", CommonOptions.settingKinds[name] ?? .number(.any),
                                                      summary: "the new \(name)", label: name)])
        })
    static let changesSession = true

    /// The setting's name (lr, batch, l2, l1, seed, patience, clip) and its new value.
    let name: String, value: Double

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        name = try c.requiredSubcommand()
        value = try c.requiredNumber("value")
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        if name == "width" || name == "height" { return interpreter.setPictureSize(name, to: Int(value), output: output) }
        _ = interpreter.session.apply(setting: name, value: value)
        output(.text("\(name) = \(Format.number(value))"))
    }
}
