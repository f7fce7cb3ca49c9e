/// Per-feature standardisation: subtract the training mean, divide by the training
/// deviation, and apply the same numbers to validation, test and `predict` inputs.
///
/// Fitted in `Double` over the rows given; the deviation is the population one (divide by
/// n). A constant feature (deviation 0) is only centred (its divisor is 1).
public struct Standardizer: Sendable, Equatable {
    /// The mean of each feature over the fitted rows.
    public let mean: [Float]
    /// The divisor of each feature: its deviation, or 1 for a constant feature.
    public let deviation: [Float]

    /// Fits the means and deviations of `dataset`'s features (0 and 1 for an empty set).
    public init(fitting dataset: Dataset) {
        let n = dataset.count, m = dataset.featureCount
        var sum = [Double](repeating: 0, count: m)
        for i in 0..<n {
            for j in 0..<m { sum[j] += Double(dataset.features[i * m + j]) }
        }
        let mu = sum.map { n > 0 ? $0 / Double(n) : 0 }
        var squares = [Double](repeating: 0, count: m)
        for i in 0..<n {
            for j in 0..<m {
                let d = Double(dataset.features[i * m + j]) - mu[j]
                squares[j] += d * d
            }
        }
        mean = mu.map { Float($0) }
        deviation = squares.map { s in
            let sd = n > 0 ? (s / Double(n)).squareRoot() : 0
            return sd > 0 && Float(sd) > 0 ? Float(sd) : 1
        }
    }

    /// A standardiser with given means and divisors (one per feature; divisors non-zero).
    public init(mean: [Float], deviation: [Float]) {
        self.mean = mean
        self.deviation = deviation.map { $0 == 0 ? 1 : $0 }
    }

    /// `dataset` with every feature standardised; targets unchanged. Throws `shapeMismatch`
    /// unless the data set has as many features as were fitted.
    public func apply(to dataset: Dataset) throws(DataError) -> Dataset {
        guard dataset.featureCount == mean.count else {
            throw .shapeMismatch("the standardiser was fitted on \(mean.count) features, the data has \(dataset.featureCount)")
        }
        return dataset.with(features: apply(features: dataset.features), targets: dataset.targets)
    }

    /// Flat row-major features (one or more rows of `mean.count` values) standardised.
    public func apply(features: [Float]) -> [Float] {
        let m = mean.count
        guard m > 0 else { return features }
        var out = features
        for k in out.indices {
            let j = k % m
            out[k] = (out[k] - mean[j]) / deviation[j]
        }
        return out
    }

    /// The inverse: standardised features back to the original scale.
    public func invert(features: [Float]) -> [Float] {
        let m = mean.count
        guard m > 0 else { return features }
        var out = features
        for k in out.indices {
            let j = k % m
            out[k] = out[k] * deviation[j] + mean[j]
        }
        return out
    }
}
