import Autodiff

extension Dataset {
    /// The reversal task of bench/SPEC.md §5 (P4): output the input sequence backwards. The
    /// target at step i is the input at step `length − 1 − i`, so every output position needs
    /// a token from elsewhere in the sequence: the first needs the last.
    ///
    /// Each example is `length` tokens `rng.below(vocabulary)`, drawn left to right, example by
    /// example; a class per step. Defaults: 1,000 sequences of 8 tokens from a vocabulary of 10.
    public static func reverse(n: Int = 1000, length: Int = 8, vocabulary: Int = 10,
                               seed: UInt64 = 0) throws(DataError) -> Dataset {
        try SequenceArguments.check(n: n, length: length)
        try SequenceArguments.check(vocabulary: vocabulary)
        var rng = SplitMix64(seed: seed)
        var xs = [Float](), ys = [Float]()
        xs.reserveCapacity(n * length)
        ys.reserveCapacity(n * length)
        for _ in 0..<n {
            let tokens = (0..<length).map { _ in Float(rng.below(vocabulary)) }
            xs.append(contentsOf: tokens)
            ys.append(contentsOf: tokens.reversed())
        }
        let names = (0..<vocabulary).map(String.init)
        return Dataset(unchecked: "reverse", features: xs, featureCount: length, targets: ys, targetWidth: length,
                       task: .classPerStep(classes: vocabulary),
                       featureNames: SequenceArguments.names(length: length, perStep: ["x"]), targetName: "reversed",
                       classNames: names, imageShape: nil, exampleShape: [length], targetShape: [length],
                       vocabulary: names)
    }
}
