import Autodiff

/// Which rows go into which mini-batch, epoch by epoch (`set batch 10`, `train 100`).
///
/// An epoch visits every row of a training set of `count` rows exactly once, in batches of
/// `batchSize` consecutive positions of the epoch's order; the last batch may be short.
/// Unshuffled, the order is `0..<count` every epoch: SPEC §0's "consecutive slices of the
/// data in the order given, not reshuffled between epochs". Shuffled, each epoch's order is
/// a fresh `rng.permutation(count)` drawn from the generator passed in.
public struct BatchSchedule: Sendable, Equatable {
    /// The number of rows in the training set.
    public let count: Int
    /// The rows per batch (the last batch of an epoch may have fewer).
    public let batchSize: Int
    /// Whether each epoch visits the rows in a new random order.
    public let shuffles: Bool

    /// A schedule over `count` rows. Throws for `batchSize < 1` or `count < 0`; a
    /// `batchSize` above `count` gives one full batch per epoch.
    public init(count: Int, batchSize: Int, shuffles: Bool = false) throws(DataError) {
        guard batchSize >= 1 else {
            throw .invalidArgument(name: "batch", value: String(batchSize), expected: "a batch size of 1 or more")
        }
        guard count >= 0 else {
            throw .invalidArgument(name: "count", value: String(count), expected: "0 or more rows")
        }
        self.count = count
        self.batchSize = batchSize
        self.shuffles = shuffles
    }

    /// The number of batches (steps) per epoch: ⌈count / batchSize⌉.
    public var batchesPerEpoch: Int { (count + batchSize - 1) / batchSize }

    /// The batches as ranges of positions in an epoch's order: `0..<b`, `b..<2b`, …,
    /// the last one ending at `count`.
    public var ranges: [Range<Int>] {
        stride(from: 0, to: count, by: batchSize).map { $0..<min($0 + batchSize, count) }
    }

    /// One epoch's visiting order: `0..<count`, or a permutation drawn from `rng` when the
    /// schedule shuffles (the generator is left untouched when it does not).
    public func order(rng: inout SplitMix64) -> [Int] {
        shuffles ? rng.permutation(count) : Array(0..<count)
    }

    /// One epoch's batches as lists of row indices: `order(rng:)` cut by `ranges`.
    public func epoch(rng: inout SplitMix64) -> [[Int]] {
        let order = order(rng: &rng)
        return ranges.map { Array(order[$0]) }
    }

    /// The batches of one unshuffled epoch (SPEC §0), needing no generator.
    public func consecutiveBatches() -> [[Int]] {
        ranges.map { Array($0) }
    }
}
