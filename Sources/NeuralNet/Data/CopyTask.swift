import Autodiff

extension Dataset {
    /// The copy task: repeat the input, `delay` steps late. A network must remember the last
    /// `delay` tokens it saw.
    ///
    /// Each example is `length` tokens drawn uniformly from `1..<vocabulary` (token 0, shown
    /// `_`, is the blank and never drawn). The target at step t is the input at step
    /// t − `delay`, and the blank for the first `delay` steps: a class per step. With
    /// `delay` 0 the target is the input itself. Tokens are drawn example by example, step by
    /// step. Defaults: 1,000 sequences of 10 tokens from a vocabulary of 10, delay 1.
    public static func copy(n: Int = 1000, length: Int = 10, vocabulary: Int = 10, delay: Int = 1,
                            seed: UInt64 = 0) throws(DataError) -> Dataset {
        try SequenceArguments.check(n: n, length: length)
        try SequenceArguments.check(vocabulary: vocabulary, minimum: 2)
        guard delay >= 0 && delay < length else {
            throw .invalidArgument(name: "delay", value: String(delay),
                                   expected: "a delay from 0 to \(length - 1) steps (below the length)")
        }
        var rng = SplitMix64(seed: seed)
        var xs = [Float](), ys = [Float]()
        xs.reserveCapacity(n * length)
        ys.reserveCapacity(n * length)
        for _ in 0..<n {
            let tokens = (0..<length).map { _ in 1 + rng.below(vocabulary - 1) }
            for t in 0..<length {
                xs.append(Float(tokens[t]))
                ys.append(t >= delay ? Float(tokens[t - delay]) : 0)
            }
        }
        let names = ["_"] + (1..<vocabulary).map(String.init)
        return Dataset(unchecked: "copy", features: xs, featureCount: length, targets: ys, targetWidth: length,
                       task: .classPerStep(classes: vocabulary),
                       featureNames: SequenceArguments.names(length: length, perStep: ["x"]), targetName: "copy",
                       classNames: names, imageShape: nil, exampleShape: [length], targetShape: [length],
                       vocabulary: names)
    }
}
