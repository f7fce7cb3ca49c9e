import Autodiff
import NeuralNet

/// Everything a learner has built at the prompt: data and its split, the network, the
/// settings, the training history, the values bound with `let`.
///
/// A session is a value: `copy()` gives an independent one (the network and optimiser
/// state included), which is how a failed command is rolled back and how `undo` works.
public struct Session {
    /// The seed everything random starts from (`set seed 7`).
    public internal(set) var seed: UInt64
    /// The session's one random stream: splits, initial weights, batch order, dropout.
    var generator: SplitMix64

    /// The whole data set, when one is loaded.
    public internal(set) var data: Dataset?
    /// How the data was made, e.g. `spiral n=500 noise=0`.
    public internal(set) var dataDescription = ""
    /// Train, valid and test percentages.
    public internal(set) var splitPercents: [Double] = [70, 15, 15]
    /// The split of `data`.
    public internal(set) var split: DataSplit?
    /// The training set with augmented copies, when `augment` was used.
    public internal(set) var augmentedTrain: Dataset?
    /// A description of the augmentation, e.g. `noise 0.1`.
    public internal(set) var augmentation: String?

    /// The declared layers, in order (layer N is `layers[N − 1]`).
    public internal(set) var layers: [LayerConfig] = []
    /// Whether the last declared layer stays the output when layers are added: after `load`,
    /// a new `layer` goes before the loaded output layer.
    var keepsLastAsOutput = false
    /// The scheme new weights are drawn with.
    public internal(set) var initializer: Initializer = .xavier
    /// Per-layer schemes given with `init … layer=N` (layer numbers, from 1, the added output
    /// layer included).
    var layerInitializers: [Int: Initializer] = [:]
    /// The network with weights, once built.
    public internal(set) var model: Sequential?
    /// The file the network was loaded from, until it is rebuilt.
    var loadedFrom: String?
    /// Whether the network's last layer was added to fit the data (not declared).
    public internal(set) var outputIsImplied = false

    /// The loss the learner chose (nil: the data's usual one).
    public internal(set) var lossChoice: Loss?
    /// The optimiser and its hyper-parameters.
    public internal(set) var optimizerSettings = OptimizerSettings(kind: .sgd, learningRate: 0.03)
    /// The optimiser with its state, once training started.
    var optimizer: (any Optimizer)?
    /// Batch size, penalties, clipping, patience.
    public internal(set) var training: TrainingSettings = {
        var t = TrainingSettings()
        t.batchSize = 10
        return t
    }()

    /// Every epoch trained on the current network.
    public internal(set) var history: [EpochRecord] = []
    /// Mini-batch steps taken on the current network.
    public internal(set) var steps = 0
    /// The best validation epoch so far, with its weights.
    var earlyStopping = EarlyStopping(patience: 0)
    /// Whether the last training stopped because the loss diverged.
    public internal(set) var diverged = false

    /// The size pictures are drawn for (`set width`, `set height`); nil parts follow the terminal.
    public internal(set) var pictureSize = PictureSize()

    /// Values bound with `let`, and `ans`.
    public internal(set) var bindings: [String: Tensor] = [:]
    /// The last `grad` computation, for `show graph`.
    var lastGradient: GradientRecord?

    /// A new, empty session.
    public init(seed: UInt64 = 1) {
        self.seed = seed
        self.generator = SplitMix64(seed: seed)
    }

    /// An independent copy: the network and the optimiser state are duplicated.
    func copy() -> Session {
        var c = self
        c.model = model?.copy()
        c.optimizer = optimizer?.copy()
        return c
    }

    /// The loss in force: the learner's choice or the usual one for the data and the width of
    /// the network's output (cross-entropy for a two-unit softmax on two classes).
    public var loss: Loss {
        if let lossChoice { return lossChoice }
        guard let data else { return .mse }
        return Loss.default(for: data.task, outputWidth: outputWidth(for: data))
    }

    /// The width of the network's output on `data`: the built network's, or the declared last
    /// layer's when it is the output, or the width of the output layer that will be added.
    func outputWidth(for data: Dataset) -> Int {
        if let model { return model.outputWidth }
        if let last = layers.last, OutputLayer.serves(last, for: data), case .dense(let d) = last { return d.units }
        return OutputLayer.width(for: data)
    }

    /// The rows training uses: the augmented training set when there is one.
    var trainingRows: Dataset? { augmentedTrain ?? split?.train }

    /// Forgets the network's weights and training (after a change of data or layers).
    mutating func invalidateModel() {
        model = nil
        optimizer = nil
        history = []
        steps = 0
        earlyStopping = EarlyStopping(patience: training.patience)
        diverged = false
        outputIsImplied = false
        loadedFrom = nil
    }

    /// What is lost when the network is rebuilt now: a sentence for the learner, or nil when
    /// nothing trained or loaded would be lost.
    var rebuildNote: String? {
        guard model != nil else { return nil }
        if let file = loadedFrom { return "the network loaded from \(file) starts afresh (`undo` brings it back)" }
        guard !history.isEmpty else { return nil }
        return "the trained network starts afresh with new weights (`undo` brings it back)"
    }
}

/// A `grad … wrt …` computation kept for `show graph`.
struct GradientRecord {
    /// The expression's text.
    var source: String
    /// The result, still holding its recorded graph.
    var result: Tensor
    /// The names of the leaves, by object.
    var names: [ObjectIdentifier: String]
}
