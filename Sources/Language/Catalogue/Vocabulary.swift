/// The word sets of the language, shared by the catalogue, validation and completion.
public enum Vocabulary {
    /// Activations of `layer dense`.
    public static let activations = ["sigmoid", "tanh", "relu", "linear", "softmax"]
    /// Two-class playground sets.
    public static let playgroundSets = ["circle", "xor", "gaussian", "spiral"]
    /// Other generated sets.
    public static let otherSets = ["moons", "line", "sine"]
    /// Sequence tasks.
    public static let sequenceTasks = ["copy", "reverse", "adding", "parity", "sinewave"]
    /// Every sub-word of `data`.
    public static let datasets = playgroundSets + otherSets + ["digits", "load"] + sequenceTasks
    /// Sub-words of `layer`.
    public static let layerKinds = ["dense", "dropout", "rnn", "lstm", "gru", "embed", "posenc", "norm", "attention", "encoder"]
    /// Sub-words of `show`.
    public static let views = ["data", "model", "settings", "curve", "boundary", "neurons", "weights", "gradient",
                               "activations", "confusion", "graph", "gates", "attention"]
    /// Initialisers (`pytorch` is U(±1/√fan_in)).
    public static let initializers = ["xavier", "he", "pytorch", "zeros", "constant", "normal", "uniform"]
    /// Optimisers.
    public static let optimizers = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw"]
    /// Losses.
    public static let losses = ["mse", "bce", "crossentropy"]
    /// The hyper-parameters of `set` (what `show settings` lists).
    public static let hyperParameters = ["lr", "batch", "l2", "l1", "seed", "patience", "clip"]
    /// Settings of `set`: the hyper-parameters and the size pictures are drawn for.
    public static let settings = hyperParameters + ["width", "height"]
    /// What `compare` can vary: every hyper-parameter plus the initialiser, optimiser and loss.
    public static let comparable = hyperParameters + ["init", "optimizer", "loss"]
    /// Tasks of `data load`.
    public static let tasks = ["classification", "regression"]
    /// Data splits.
    public static let splits = ["train", "valid", "test"]
}
