/// One epoch of the training history: what `show curve` draws.
public struct EpochRecord: Codable, Sendable, Equatable {
    /// The epoch's number over the model's whole history, from 1.
    public var epoch: Int
    /// The loss over the whole training set after the epoch (dropout off, no penalty).
    public var trainLoss: Float
    /// The accuracy over the training set (classification only).
    public var trainAccuracy: Float?
    /// The loss over the validation set, when there is one.
    public var validLoss: Float?
    /// The accuracy over the validation set (classification only).
    public var validAccuracy: Float?
    /// The mean loss of the epoch's mini-batches as they were trained on.
    public var batchLoss: Float

    /// A record with the given values.
    public init(epoch: Int, trainLoss: Float, trainAccuracy: Float?, validLoss: Float?, validAccuracy: Float?, batchLoss: Float) {
        self.epoch = epoch
        self.trainLoss = trainLoss
        self.trainAccuracy = trainAccuracy
        self.validLoss = validLoss
        self.validAccuracy = validAccuracy
        self.batchLoss = batchLoss
    }
}
