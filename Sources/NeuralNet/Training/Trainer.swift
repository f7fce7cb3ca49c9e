import Autodiff

/// The training loop: epochs of mini-batches (forward, loss, backward, penalty, clipping,
/// update), with the per-epoch history, early stopping and a cancellation check between
/// steps.
///
/// A non-finite batch loss stops training at once and says at which epoch and step it
/// happened; it is never averaged away.
public final class Trainer: @unchecked Sendable {
    /// The network being trained.
    public let model: Sequential
    /// The optimiser updating it.
    public var optimizer: any Optimizer
    /// The loss being minimised.
    public var loss: Loss
    /// Batch size, penalties, clipping, patience, shuffling.
    public var settings: TrainingSettings
    /// The rows trained on.
    public let train: Dataset
    /// The rows validated on (may be empty).
    public let valid: Dataset
    /// Draws batch orders and dropout masks.
    public var generator: SplitMix64
    /// Every epoch trained so far.
    public var history: [EpochRecord] = []
    /// Mini-batch steps taken so far.
    public var steps = 0
    /// The best validation epoch and its weights.
    public var earlyStopping: EarlyStopping

    /// A trainer for `model` on `train`, validating on `valid`.
    public init(model: Sequential, optimizer: any Optimizer, loss: Loss, settings: TrainingSettings,
                train: Dataset, valid: Dataset, generator: SplitMix64, history: [EpochRecord] = []) {
        self.model = model
        self.optimizer = optimizer
        self.loss = loss
        self.settings = settings
        self.train = train
        self.valid = valid
        self.generator = generator
        self.history = history
        self.earlyStopping = EarlyStopping(patience: settings.patience)
    }

    /// How a call to `train` ended.
    public enum Outcome: Sendable, Equatable {
        /// All requested epochs ran.
        case completed
        /// `shouldStop` said stop; the model keeps the weights of the last finished step.
        case interrupted(epoch: Int, step: Int)
        /// Validation loss did not improve for `patience` epochs.
        case stoppedEarly(epoch: Int, bestEpoch: Int)
        /// The loss became NaN or infinite at this step of this epoch (global step count).
        case diverged(epoch: Int, step: Int, loss: Float)
    }

    /// One mini-batch step on the given rows of `train`: returns the batch loss before the
    /// update (non-finite losses are returned without updating).
    public func step(rows: [Int]) throws(TensorError) -> Float {
        let (x, ys) = train.batchTensor(rows)
        var context = ForwardContext(training: true, generator: generator)
        let pass = try model.forward(x, context: &context)
        generator = context.generator
        let value = try loss.value(of: pass, targets: ys, task: train.task)
        steps += 1
        guard value.scalar.isFinite else { return value.scalar }
        let parameters = model.parameters
        for p in parameters { p.zeroGrad() }
        value.backward()
        settings.penalty.addGradient(to: model)
        if settings.clipNorm > 0 { GradientClipping.clip(parameters, maxNorm: settings.clipNorm) }
        optimizer.step(parameters)
        return value.scalar
    }

    /// The batches of the next epoch: shuffled by the generator when `settings.shuffle`,
    /// else consecutive slices.
    public func nextEpochBatches() -> [[Int]] {
        let size = Swift.max(1, Swift.min(settings.batchSize, Swift.max(train.count, 1)))
        var order = Array(0..<train.count)
        if settings.shuffle { generator.shuffle(&order) }
        return stride(from: 0, to: order.count, by: size).map { Array(order[$0..<Swift.min($0 + size, order.count)]) }
    }

    /// Evaluates the model on the training and validation sets as an epoch record.
    public func record(epoch: Int, batchLoss: Float) throws(TensorError) -> EpochRecord {
        let t = try Evaluation.of(model, on: train, loss: loss)
        let v = valid.count > 0 ? try Evaluation.of(model, on: valid, loss: loss) : nil
        return EpochRecord(epoch: epoch, trainLoss: t.loss, trainAccuracy: t.accuracy,
                           validLoss: v?.loss, validAccuracy: v?.accuracy, batchLoss: batchLoss)
    }

    /// Trains for `epochs` epochs. `shouldStop` is polled before every step; `onEpoch`
    /// receives each finished epoch's record.
    public func train(epochs: Int, shouldStop: () -> Bool = { false },
                      onEpoch: (EpochRecord) -> Void = { _ in }) throws(TensorError) -> Outcome {
        earlyStopping.patience = settings.patience
        for _ in 0..<epochs {
            let epoch = history.count + 1
            var total: Float = 0
            var batches = 0
            for rows in nextEpochBatches() {
                if shouldStop() { return .interrupted(epoch: epoch, step: steps) }
                let value = try step(rows: rows)
                guard value.isFinite else { return .diverged(epoch: epoch, step: steps, loss: value) }
                total += value
                batches += 1
            }
            let record = try record(epoch: epoch, batchLoss: total / Float(Swift.max(batches, 1)))
            history.append(record)
            onEpoch(record)
            if let validLoss = record.validLoss {
                let model = self.model
                if earlyStopping.observe(epoch: epoch, validLoss: validLoss, weights: { model.snapshot() }) {
                    return .stoppedEarly(epoch: epoch, bestEpoch: earlyStopping.bestEpoch)
                }
            }
        }
        return .completed
    }

    /// Puts back the weights of the epoch with the best validation loss; returns that epoch,
    /// or nil when there is none yet.
    @discardableResult
    public func restoreBest() -> Int? {
        guard let weights = earlyStopping.bestWeights, model.restore(weights) else { return nil }
        return earlyStopping.bestEpoch
    }
}
