import Autodiff

extension Dataset {
    /// The parity task: a sequence of bits; is the number of ones odd? The answer flips with
    /// every 1, so a network must carry one bit of memory through the whole sequence and
    /// update it at every step: easy to state, hard to learn by gradient descent on long
    /// sequences.
    ///
    /// Each step is one value, 0 or 1 (a fair coin, `rng.below(2)`), drawn example by example;
    /// the target is one class: 1 when the count of ones is odd, else 0. Defaults: 1,000
    /// sequences of 8 bits.
    public static func parity(n: Int = 1000, length: Int = 8, seed: UInt64 = 0) throws(DataError) -> Dataset {
        try SequenceArguments.check(n: n, length: length)
        var rng = SplitMix64(seed: seed)
        var xs = [Float](), ys = [Float]()
        xs.reserveCapacity(n * length)
        ys.reserveCapacity(n)
        for _ in 0..<n {
            var ones = 0
            for _ in 0..<length {
                let bit = rng.below(2)
                ones += bit
                xs.append(Float(bit))
            }
            ys.append(Float(ones % 2))
        }
        return Dataset(unchecked: "parity", features: xs, featureCount: length, targets: ys, targetWidth: 1,
                       task: .classification(classes: 2),
                       featureNames: SequenceArguments.names(length: length, perStep: ["b"]), targetName: "odd",
                       classNames: ["even", "odd"], imageShape: nil, exampleShape: [length, 1], targetShape: [])
    }
}
