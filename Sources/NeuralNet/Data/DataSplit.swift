import Autodiff

/// A data set divided into train, validation and test parts (`split 70 15 15`).
///
/// Each part is a `Dataset` of its own; the index lists say which rows of the source each
/// part took, in order. Valid or test may be empty.
public struct DataSplit: Sendable, Equatable {
    /// The rows to train on.
    public let train: Dataset
    /// The rows to choose hyper-parameters and stop early on (may be empty).
    public let valid: Dataset
    /// The rows to report the final score on (may be empty).
    public let test: Dataset
    /// The source rows of `train`, in `train`'s order.
    public let trainIndices: [Int]
    /// The source rows of `valid`, in `valid`'s order.
    public let validIndices: [Int]
    /// The source rows of `test`, in `test`'s order.
    public let testIndices: [Int]

    /// A split from explicit row lists of `dataset`, taken in the order given (e.g. P1's
    /// first 250 / last 250 of a shuffled order, or P2's first 1,437 / last 360 rows).
    /// Throws `indexOutOfRange` for an index outside `0..<dataset.count`; overlaps are allowed.
    public init(_ dataset: Dataset, train: [Int], valid: [Int] = [], test: [Int] = []) throws(DataError) {
        for i in train + valid + test where i < 0 || i >= dataset.count {
            throw .indexOutOfRange(index: i, count: dataset.count)
        }
        self.trainIndices = train
        self.validIndices = valid
        self.testIndices = test
        self.train = dataset.subset(train)
        self.valid = dataset.subset(valid)
        self.test = dataset.subset(test)
    }

    /// Splits `dataset` by percentages (`train + valid + test` must be 100, each ≥ 0).
    ///
    /// The row indices `0..<n` are shuffled by a fresh `SplitMix64(seed:)` (SPEC §1's
    /// Fisher–Yates); the first part of the shuffled order is train, then valid, then test.
    /// Part sizes are `n · percent / 100` rounded by largest remainder, so they always add up
    /// to `n` and a 0 % part is empty (ties in the remainder go to train, then valid).
    /// `split(spiral, train: 50, valid: 0, test: 50, seed: 11)` is P1's split.
    public static func split(_ dataset: Dataset, train: Double = 70, valid: Double = 15,
                             test: Double = 15, seed: UInt64) throws(DataError) -> DataSplit {
        let sizes = try partSizes(count: dataset.count, train: train, valid: valid, test: test)
        var rng = SplitMix64(seed: seed)
        let order = rng.permutation(dataset.count)
        return try DataSplit(dataset,
                             train: Array(order[0..<sizes.train]),
                             valid: Array(order[sizes.train..<sizes.train + sizes.valid]),
                             test: Array(order[(sizes.train + sizes.valid)...]))
    }

    /// The sizes of the three parts of `count` rows for the given percentages (largest
    /// remainder rounding; they add up to `count`). Throws `badSplit` when a percentage is
    /// negative or not finite, or the three do not add up to 100 (within 1e-9).
    public static func partSizes(count: Int, train: Double, valid: Double,
                                 test: Double) throws(DataError) -> (train: Int, valid: Int, test: Int) {
        let percents = [train, valid, test]
        guard percents.allSatisfy({ $0.isFinite && $0 >= 0 }),
              abs(train + valid + test - 100) <= 1e-9 else {
            throw .badSplit(train: train, valid: valid, test: test)
        }
        let exact = percents.map { Double(count) * $0 / 100 }
        var sizes = exact.map { Int($0.rounded(.down)) }
        var left = count - sizes.reduce(0, +)
        // Give the leftover rows to the largest fractional parts (stable: earlier first).
        let byRemainder = (0..<3).sorted { a, b in
            let ra = exact[a] - Double(sizes[a]), rb = exact[b] - Double(sizes[b])
            return ra != rb ? ra > rb : a < b
        }
        for k in byRemainder where left > 0 && percents[k] > 0 {
            sizes[k] += 1
            left -= 1
        }
        // Floating-point slack only: put anything left into the largest non-zero part.
        if left != 0, let k = (0..<3).max(by: { percents[$0] < percents[$1] }) {
            sizes[k] += left
        }
        return (sizes[0], sizes[1], sizes[2])
    }
}
