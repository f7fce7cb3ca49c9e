import Autodiff
import Foundation

extension Dataset {
    /// Two interleaving half circles, as scikit-learn's `make_moons` (unshuffled).
    ///
    /// The first ⌊n/2⌋ points (class 0) lie on the upper half circle `(cos t, sin t)`, the
    /// other ⌈n/2⌉ (class 1) on the lower one `(1 − cos t, 1 − sin t − 0.5)`, with `t` evenly
    /// spaced over [0, π] in each half (numpy's `linspace`). Then every point gets Gaussian
    /// noise of deviation `noise` (x's draw, then y's, point by point; drawn even when `noise`
    /// is 0). Points lie in about [−1, 2] × [−0.5, 1]; a useful `noise` is 0.05…0.3.
    /// Defaults `n = 500`, `noise = 0`. Throws for `n` outside 1…1,000,000 or a negative or
    /// non-finite `noise`.
    public static func moons(n: Int = 500, noise: Double = 0, seed: UInt64 = 0) throws(DataError) -> Dataset {
        try GeneratorArguments.check(n: n, noise: noise)
        var rng = SplitMix64(seed: seed)
        var points = PointList(capacity: n)
        let outer = n / 2
        let inner = n - outer
        func angle(_ i: Int, of m: Int) -> Double {
            m > 1 ? Double(i) * (Double.pi / Double(m - 1)) : 0
        }
        for i in 0..<outer {
            let t = angle(i, of: outer)
            let x = cos(t) + noise * rng.normal()
            let y = sin(t) + noise * rng.normal()
            points.append(x, y, 0)
        }
        for i in 0..<inner {
            let t = angle(i, of: inner)
            let x = 1 - cos(t) + noise * rng.normal()
            let y = 1 - sin(t) - 0.5 + noise * rng.normal()
            points.append(x, y, 1)
        }
        return points.dataset(name: "moons")
    }
}
