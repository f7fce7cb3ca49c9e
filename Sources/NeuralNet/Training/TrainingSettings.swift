/// The hyper-parameters of the training loop (`set batch 10`, `set l2 0.001`, …).
public struct TrainingSettings: Codable, Sendable, Equatable {
    /// Rows per mini-batch (larger than the training set: full batch).
    public var batchSize: Int = 10
    /// The weight penalties.
    public var penalty = Penalty()
    /// Clip the global gradient norm to this value (0: no clipping).
    public var clipNorm: Float = 0
    /// Stop after this many epochs without a better validation loss (0: never).
    public var patience: Int = 0
    /// Shuffle the training rows at every epoch.
    public var shuffle: Bool = true

    /// The defaults: batch 10, no penalty, no clipping, no early stopping, shuffling.
    public init() {}
}
