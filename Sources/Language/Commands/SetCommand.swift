/// `set lr 0.03`, `set batch 10`…: one hyper-parameter.
private typealias O = CommonOptions


struct SetCommand: LanguageCommand {
    static let spec = CommandSpec(
        "set", group: .training,
        summary: "set a hyper-parameter: lr, batch, l2, l1, seed, patience, clip",
        help: """
        Sets one hyper-parameter of the session; `show settings` lists them all with their \
        values. lr is the learning rate (changed between `train`s it keeps the optimiser's \
        velocities and moments, as a schedule would); batch the mini-batch size; l2 and l1 the weight \
        penalties (½·l2·Σw² + l1·Σ|w| on the weights, not the biases; the losses shown stay \
        the data's); seed the random seed; patience stops training early after that many epochs \
        without a better validation loss (0 = off); clip limits the gradient norm (0 = off).
        """,
        examples: ["set lr 0.03\nset batch 10\nshow settings", "set l2 0.001\nset patience 20\nset clip 1"],
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
        _ = interpreter.session.apply(setting: name, value: value)
        output(.text("\(name) = \(Format.number(value))"))
    }
}
