/// Options and parameters several commands share, defined once with their limits.
enum CommonOptions {
    static let samples = OptionSpec("n", .integer(1...Limits.maxSamples), summary: "number of samples")
    static let noise = OptionSpec("noise", .number(.nonNegative(upTo: Limits.maxNoise)), summary: "noise level")
    static let seed = OptionSpec("seed", .integer(0...Limits.maxSeed), summary: "random seed (default: the session's)")
    static let layer = OptionSpec("layer", .integer(1...Limits.maxLayerIndex), summary: "layer number, from 1")
    static let head = OptionSpec("head", .integer(1...Limits.maxHeads), summary: "attention head, from 1")
    static let split = OptionSpec("split", .word(Vocabulary.splits, noun: "split"), summary: "which split (train, valid, test)")
    static let epochs = OptionSpec("epochs", .integer(1...Limits.maxEpochs), summary: "epochs to train")
    static let length = OptionSpec("len", .integer(1...Limits.maxSequenceLength), summary: "sequence length")
    static let vocabulary = OptionSpec("vocab", .integer(2...Limits.maxVocabulary), summary: "number of distinct tokens")
    static let heads = OptionSpec("heads", .integer(1...Limits.maxHeads), summary: "attention heads")
    static let causal = OptionSpec.flag("causal", summary: "mask the future: each step sees only earlier steps")
    static let sample = OptionSpec("sample", .integer(1...Limits.maxSamples), summary: "which sequence to show, from 1")

    static let learningRate = NumberRange.positive(upTo: Limits.maxLearningRate)
    static let lr = OptionSpec("lr", .number(learningRate), summary: "learning rate")
    static let momentum = OptionSpec("momentum", .number(.unitOpen), summary: "momentum coefficient, 0 ≤ m < 1")
    static let beta1 = OptionSpec("beta1", .number(.unitOpen), summary: "decay of the first moment, 0 ≤ β1 < 1")
    static let beta2 = OptionSpec("beta2", .number(.unitOpen), summary: "decay of the second moment, 0 ≤ β2 < 1")
    static let rho = OptionSpec("rho", .number(.unitOpen), summary: "decay of the squared-gradient average")
    static let eps = OptionSpec("eps", .number(.positive(upTo: 1)), summary: "small constant added to the denominator")
    static let decay = OptionSpec("decay", .number(.nonNegative(upTo: 1)), summary: "decoupled weight decay")

    static let width = ParameterSpec("width", .integer(1...Limits.maxLayerWidth), summary: "number of units")
    static let activation = ParameterSpec("activation", .word(Vocabulary.activations, noun: "activation"),
                                          optional: true, summary: "activation (default linear)")

    /// The kind of value each `set` setting takes.
    static let settingKinds: [String: ValueKind] = [
        "lr": .number(learningRate),
        "batch": .integer(1...Limits.maxBatch),
        "l2": .number(.nonNegative(upTo: Limits.maxPenalty)),
        "l1": .number(.nonNegative(upTo: Limits.maxPenalty)),
        "seed": .integer(0...Limits.maxSeed),
        "patience": .integer(0...Limits.maxPatience),
        "clip": .number(.nonNegative(upTo: Limits.maxClip)),
        "width": .integer(0...Limits.maxPictureSize),
        "height": .integer(0...Limits.maxPictureSize),
    ]

    static let settingSummaries: [String: String] = [
        "lr": "learning rate (greater than 0)",
        "batch": "mini-batch size",
        "l2": "L2 penalty λ·Σw² added to the loss (0 = off)",
        "l1": "L1 penalty λ·Σ|w| added to the loss (0 = off)",
        "seed": "the session's random seed (data, init, shuffling)",
        "patience": "early stopping after this many epochs without a better valid loss (0 = off)",
        "clip": "clip the gradient norm to this value (0 = off)",
        "width": "the columns pictures are drawn for, e.g. on a projector (0 = the terminal's)",
        "height": "the lines pictures are drawn for, e.g. on a projector (0 = the terminal's)",
    ]
}
