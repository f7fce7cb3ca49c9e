import Autodiff

extension Dataset {
    /// The adding problem (Hochreiter & Schmidhuber; bench/SPEC.md §4, P3): a sequence of
    /// random numbers, two of them marked; the target is the sum of the two marked numbers.
    /// Everything between the marks is noise the network must ignore while it remembers the
    /// first marked number, which is what a plain RNN fails at over long sequences.
    ///
    /// Each step is `[v, m]`: v uniform in [0, 1), m = 1 at the two marked steps, else 0. The
    /// target is one value (regression); predicting the mean, 1, gives an MSE of about 1/6.
    /// Drawn as `AddingProblem.sequence` says. Defaults: 1,000 sequences of 50 steps.
    public static func adding(n: Int = 1000, length: Int = 50, seed: UInt64 = 0) throws(DataError) -> Dataset {
        try SequenceArguments.check(n: n, length: length, minimumLength: 2, valuesPerStep: 2)
        var rng = SplitMix64(seed: seed)
        var xs = [Float](), ys = [Float]()
        xs.reserveCapacity(n * length * 2)
        ys.reserveCapacity(n)
        for _ in 0..<n {
            let s = AddingProblem.sequence(length: length, rng: &rng)
            xs.append(contentsOf: s.input)
            ys.append(s.target)
        }
        return Dataset(unchecked: "adding", features: xs, featureCount: length * 2, targets: ys, targetWidth: 1,
                       task: .regression, featureNames: SequenceArguments.names(length: length, perStep: ["v", "m"]),
                       targetName: "sum", classNames: nil, imageShape: nil, exampleShape: [length, 2], targetShape: [1])
    }
}

/// One sequence of the adding problem, drawn exactly as bench/SPEC.md §4 says.
public enum AddingProblem {
    /// Draws `v_t = float32(rng.uniform())` for t = 0..<length, then `p1 = rng.below(length)`,
    /// `q = rng.below(length − 1)`, `p2 = q + 1` if `q ≥ p1` else `q`. The input is `[v_t, m_t]`
    /// per step, row-major (`m_t = 1` at p1 and p2), the target `v_p1 + v_p2` in Float32.
    public static func sequence(length: Int, rng: inout SplitMix64) -> (input: [Float], target: Float, marks: (Int, Int)) {
        let values = (0..<length).map { _ in Float(rng.uniform()) }
        let p1 = rng.below(length)
        let q = rng.below(length - 1)
        let p2 = q >= p1 ? q + 1 : q
        var input = [Float](repeating: 0, count: length * 2)
        for t in 0..<length {
            input[2 * t] = values[t]
            input[2 * t + 1] = (t == p1 || t == p2) ? 1 : 0
        }
        return (input, values[p1] + values[p2], (p1, p2))
    }
}
