import Autodiff

extension Dataset {
    /// A linearly separable two-class set: points uniform in [−5, 5]², class 1 above the line
    /// `y = 0.5·x + 0.3`, class 0 on or below it.
    ///
    /// Per point: `x`, `y` U(−5, 5), then `noiseX`, `noiseY` U(−5, 5)·noise, as Playground's
    /// sets do; the label is decided by the *noisy* point, so noise flips labels near the
    /// line while the stored points stay clean. With `noise = 0` a single neuron separates the
    /// classes perfectly. The classes are roughly, not exactly, balanced. Defaults `n = 500`,
    /// `noise = 0`. Throws for `n` outside 1…1,000,000 or a negative or non-finite `noise`.
    public static func line(n: Int = 500, noise: Double = 0, seed: UInt64 = 0) throws(DataError) -> Dataset {
        try GeneratorArguments.check(n: n, noise: noise)
        var rng = SplitMix64(seed: seed)
        var points = PointList(capacity: n)
        for _ in 0..<n {
            let x = rng.uniform(-5, 5)
            let y = rng.uniform(-5, 5)
            let noiseX = rng.uniform(-5, 5) * noise
            let noiseY = rng.uniform(-5, 5) * noise
            points.append(x, y, (y + noiseY) > 0.5 * (x + noiseX) + 0.3 ? 1 : 0)
        }
        return points.dataset(name: "line")
    }
}
