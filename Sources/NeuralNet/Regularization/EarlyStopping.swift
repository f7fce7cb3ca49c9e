/// Early stopping on validation loss, with the best epoch's weights kept for `restore best`.
public struct EarlyStopping: Sendable {
    /// Epochs without improvement before training stops (0: never stop early).
    public var patience: Int
    /// The best validation loss so far.
    public private(set) var bestLoss: Float = .infinity
    /// The epoch (1-based, over the whole history) of the best validation loss.
    public private(set) var bestEpoch: Int = 0
    /// The weights at `bestEpoch`.
    public private(set) var bestWeights: [[Float]]? = nil
    /// Epochs since the last improvement.
    public private(set) var epochsSinceBest: Int = 0

    /// Early stopping with the given patience.
    public init(patience: Int) {
        self.patience = patience
    }

    /// Records an epoch's validation loss; returns true when training should stop.
    public mutating func observe(epoch: Int, validLoss: Float, weights: () -> [[Float]]) -> Bool {
        if validLoss.isFinite && validLoss < bestLoss {
            bestLoss = validLoss
            bestEpoch = epoch
            bestWeights = weights()
            epochsSinceBest = 0
            return false
        }
        epochsSinceBest += 1
        return patience > 0 && epochsSinceBest >= patience
    }

    /// Gives a new run of training its full patience again; the best epoch is kept.
    public mutating func startRun() {
        epochsSinceBest = 0
    }

    /// Forgets the best epoch (a new model).
    public mutating func reset() {
        bestLoss = .infinity
        bestEpoch = 0
        bestWeights = nil
        epochsSinceBest = 0
    }
}
