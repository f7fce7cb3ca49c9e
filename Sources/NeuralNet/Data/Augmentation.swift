import Autodiff

/// Data augmentation by jitter (`augment noise 0.1`): the training set plus `copies` copies
/// whose features are moved by Gaussian noise, labels unchanged.
///
/// The result holds the original rows first, then copy 1 (every row in order), copy 2, ….
/// Each jittered feature is `Float(Double(x) + sigma · rng.normal())`, drawn row-major copy
/// by copy, so the same generator state gives the same bytes. Values are not clipped (jittered
/// digit pixels may leave 0…1). Targets, also regression targets, are copied unchanged.
/// Throws for a negative or non-finite `sigma`, negative `copies`, or a result above
/// 10,000,000 rows.
public func augmentNoise(_ dataset: Dataset, sigma: Double, copies: Int = 1,
                         rng: inout SplitMix64) throws(DataError) -> Dataset {
    guard sigma.isFinite && sigma >= 0 else {
        throw .invalidArgument(name: "sigma", value: String(sigma), expected: "a noise deviation of 0 or more")
    }
    guard copies >= 0 else {
        throw .invalidArgument(name: "copies", value: String(copies), expected: "0 or more copies")
    }
    let (total, overflow) = dataset.count.multipliedReportingOverflow(by: copies + 1)
    guard !overflow && total <= 10_000_000 else {
        throw .invalidArgument(name: "copies", value: String(copies),
                               expected: "at most 10,000,000 rows in all")
    }
    var features = dataset.features
    var targets = dataset.targets
    features.reserveCapacity(dataset.features.count * (copies + 1))
    targets.reserveCapacity(dataset.targets.count * (copies + 1))
    for _ in 0..<copies {
        for x in dataset.features {
            features.append(Float(Double(x) + sigma * rng.normal()))
        }
        targets.append(contentsOf: dataset.targets)
    }
    return dataset.with(features: features, targets: targets)
}
