import Autodiff
import Foundation

extension Dataset {
    /// A 1-D regression set: `x` uniform in [−3, 3), target `y = sin(x) + noise·z` with `z`
    /// standard normal.
    ///
    /// Per point: `x`, then `z` (drawn even when `noise` is 0). Rows are in draw order, not
    /// sorted by `x`. Feature `x`, target `y`, task `.regression`. Defaults `n = 500`,
    /// `noise = 0`. Throws for `n` outside 1…1,000,000 or a negative or non-finite `noise`.
    public static func sine(n: Int = 500, noise: Double = 0, seed: UInt64 = 0) throws(DataError) -> Dataset {
        try GeneratorArguments.check(n: n, noise: noise)
        var rng = SplitMix64(seed: seed)
        var xs = [Float]()
        var ys = [Float]()
        xs.reserveCapacity(n)
        ys.reserveCapacity(n)
        for _ in 0..<n {
            let x = rng.uniform(-3, 3)
            let y = sin(x) + noise * rng.normal()
            xs.append(Float(x))
            ys.append(Float(y))
        }
        return Dataset(unchecked: "sine", features: xs, featureCount: 1, targets: ys,
                       targetWidth: 1, task: .regression, featureNames: ["x"], targetName: "y",
                       classNames: nil, imageShape: nil)
    }
}
