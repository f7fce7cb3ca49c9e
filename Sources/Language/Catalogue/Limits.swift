/// Every size limit the front end enforces, in one place. Validation refuses larger values
/// and says the limit in its message, so absurd input never reaches the engine.
public enum Limits {
    /// Units of a dense or recurrent layer, embedding size (`layer dense 4096`).
    public static let maxLayerWidth = 4096
    /// Epochs of `train`, `compare … epochs=`.
    public static let maxEpochs = 1_000_000
    /// Mini-batch steps of one `step N`.
    public static let maxSteps = 1_000_000
    /// Samples of a generated dataset (`n=`).
    public static let maxSamples = 100_000
    /// Mini-batch size (`set batch`).
    public static let maxBatch = 100_000
    /// Attention heads (`heads=`, `head=`).
    public static let maxHeads = 64
    /// Feed-forward width of an encoder block (`ff=`).
    public static let maxFeedForward = 16_384
    /// Sequence length of the sequence tasks (`len=`).
    public static let maxSequenceLength = 1_000
    /// Vocabulary size of the sequence tasks (`vocab=`).
    public static let maxVocabulary = 1_000
    /// The highest layer number that `layer=` may name.
    public static let maxLayerIndex = 1_000
    /// Noise level of generated data and augmentation.
    public static let maxNoise = 10.0
    /// Learning rate (`set lr`, `lr=`).
    public static let maxLearningRate = 1_000.0
    /// Gradient clipping norm (`set clip`).
    public static let maxClip = 1e6
    /// L1 and L2 penalty strength.
    public static let maxPenalty = 1_000.0
    /// Values compared by one `compare`.
    public static let maxCompareValues = 10
    /// Functions drawn by one `plot`.
    public static let maxPlotFunctions = 8
    /// Inputs of one `predict`.
    public static let maxPredictInputs = 10_000
    /// The largest seed (seeds are 32-bit).
    public static let maxSeed = 4_294_967_295
    /// `set patience` in epochs.
    public static let maxPatience = 1_000_000
    /// Jittered copies made by `augment`.
    public static let maxAugmentCopies = 100
    /// Entries shown by `history N`.
    public static let maxHistory = 100_000
    /// Columns or lines of `set width` / `set height`.
    public static let maxPictureSize = 1_000
    /// The highest lesson number.
    public static let maxLesson = 99
    /// Nesting of brackets, parentheses, unary minus and powers in one statement.
    public static let maxNesting = 64
    /// Binary operators in one statement (a chain `1 + 1 + …` nests as deeply as it is long).
    public static let maxOperators = 1_000
    /// The most values one tensor typed by hand may hold (`randn(1000, 1000)`).
    public static let maxTensorElements = 1_000_000
    /// The most layers a network may have.
    public static let maxLayers = 64
    /// The most parameters a network may have (4096 × 4096 fits).
    public static let maxParameters = 20_000_000
}
