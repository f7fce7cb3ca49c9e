import Autodiff
import Foundation

/// The four two-class sets of TensorFlow Playground (`src/dataset.ts` of
/// tensorflow/playground): `circle`, `xor`, `gaussian` and `spiral`.
///
/// The formulas, constants and order of random draws are Playground's, with its
/// `Math.random()` replaced by `SplitMix64.uniform()` and `randUniform(a, b)` by
/// `rng.uniform(a, b)`. Points live in about [−6, 6]². Playground's labels +1 / −1 become
/// class 1 / class 0. Points are computed in `Double` and stored as `Float`; rows come in
/// Playground's order (for `circle`, `gaussian` and `spiral` all of the first class, then
/// all of the second). `noise` is Playground's slider as a fraction (0…0.5; the slider's 0–50
/// divided by 100); Playground's defaults are `n = 500`, `noise = 0`. For odd `n` the first
/// class gets the extra point. Every generator throws for `n` outside 1…1,000,000 or a
/// negative or non-finite `noise`.
extension Dataset {
    /// Playground's "circle": class 1 inside radius 2.5, class 0 in the ring 3.5…5.
    ///
    /// Per point: `r` (U(0, 2.5) for the first half, U(3.5, 5) for the second), `angle`
    /// U(0, 2π), `x = r·sin(angle)`, `y = r·cos(angle)`, then `noiseX`, `noiseY` U(−5, 5)·noise;
    /// the label is 1 when the *noisy* point lies within 2.5 of the origin, so noise flips
    /// labels near the boundary while the stored point stays clean.
    public static func circle(n: Int = 500, noise: Double = 0, seed: UInt64 = 0) throws(DataError) -> Dataset {
        try GeneratorArguments.check(n: n, noise: noise)
        var rng = SplitMix64(seed: seed)
        let radius = 5.0
        var points = PointList(capacity: n)
        func label(_ x: Double, _ y: Double) -> Float {
            (x * x + y * y).squareRoot() < radius * 0.5 ? 1 : 0
        }
        for (count, lo, hi) in [(n - n / 2, 0.0, radius * 0.5), (n / 2, radius * 0.7, radius)] {
            for _ in 0..<count {
                let r = rng.uniform(lo, hi)
                let angle = rng.uniform(0, 2 * Double.pi)
                let x = r * sin(angle)
                let y = r * cos(angle)
                let noiseX = rng.uniform(-radius, radius) * noise
                let noiseY = rng.uniform(-radius, radius) * noise
                points.append(x, y, label(x + noiseX, y + noiseY))
            }
        }
        return points.dataset(name: "circle")
    }

    /// Playground's "xor": x and y uniform in (−5, 5), each pushed 0.3 away from zero; class 1
    /// where x·y ≥ 0 for the noisy point (first and third quadrants), class 0 elsewhere.
    ///
    /// Per point: `x`, `y` U(−5, 5) (+0.3 if positive, −0.3 otherwise), then `noiseX`,
    /// `noiseY` U(−5, 5)·noise; the stored point is the un-noised one.
    public static func xor(n: Int = 500, noise: Double = 0, seed: UInt64 = 0) throws(DataError) -> Dataset {
        try GeneratorArguments.check(n: n, noise: noise)
        var rng = SplitMix64(seed: seed)
        let padding = 0.3
        var points = PointList(capacity: n)
        for _ in 0..<n {
            var x = rng.uniform(-5, 5)
            x += x > 0 ? padding : -padding
            var y = rng.uniform(-5, 5)
            y += y > 0 ? padding : -padding
            let noiseX = rng.uniform(-5, 5) * noise
            let noiseY = rng.uniform(-5, 5) * noise
            points.append(x, y, (x + noiseX) * (y + noiseY) >= 0 ? 1 : 0)
        }
        return points.dataset(name: "xor")
    }

    /// Playground's "gaussian": class 1 around (2, 2), then class 0 around (−2, −2).
    ///
    /// The variance is the linear map of `noise` from [0, 0.5] to [0.5, 4]
    /// (`0.5 + 3.5 · noise / 0.5`, extrapolated beyond 0.5); each coordinate is
    /// `centre + sqrt(variance) · z` with `z` a Marsaglia-polar normal (`rng.normal()`),
    /// x drawn before y.
    public static func gaussian(n: Int = 500, noise: Double = 0, seed: UInt64 = 0) throws(DataError) -> Dataset {
        try GeneratorArguments.check(n: n, noise: noise)
        var rng = SplitMix64(seed: seed)
        let variance = 0.5 + 3.5 * (noise / 0.5)
        let deviation = variance.squareRoot()
        var points = PointList(capacity: n)
        for (count, centre, label) in [(n - n / 2, 2.0, Float(1)), (n / 2, -2.0, Float(0))] {
            for _ in 0..<count {
                let x = centre + deviation * rng.normal()
                let y = centre + deviation * rng.normal()
                points.append(x, y, label)
            }
        }
        return points.dataset(name: "gaussian")
    }

    /// Playground's "spiral": two interleaved arms, class 1 first, then class 0 (`SPEC.md` §2).
    ///
    /// With `m` points per class, for class (deltaT = 0, label 1) then (deltaT = π, label 0),
    /// for i = 0..<m: `r = i / m * 5`, `t = 1.75 * i / m * 2 * π + deltaT` (left to right),
    /// `x = r·sin(t) + U(−1, 1)·noise`, `y = r·cos(t) + U(−1, 1)·noise` (x's draw first; the
    /// draws are made even when `noise` is 0). With `n = 500`, `noise = 0`, then
    /// `DataSplit.split(_, train: 50, valid: 0, test: 50, seed: 11)` this is exactly P1's data.
    public static func spiral(n: Int = 500, noise: Double = 0, seed: UInt64 = 0) throws(DataError) -> Dataset {
        try GeneratorArguments.check(n: n, noise: noise)
        var rng = SplitMix64(seed: seed)
        var points = PointList(capacity: n)
        for (count, deltaT, label) in [(n - n / 2, 0.0, Float(1)), (n / 2, Double.pi, Float(0))] {
            let m = Double(count)
            for k in 0..<count {
                let i = Double(k)
                let r = i / m * 5
                let t = 1.75 * i / m * 2 * Double.pi + deltaT
                let x = r * sin(t) + rng.uniform(-1, 1) * noise
                let y = r * cos(t) + rng.uniform(-1, 1) * noise
                points.append(x, y, label)
            }
        }
        return points.dataset(name: "spiral")
    }
}

/// A growing list of labelled 2-D points, turned into a two-class `Dataset` at the end.
struct PointList {
    private var features: [Float] = []
    private var labels: [Float] = []

    /// An empty list with room for `capacity` points.
    init(capacity: Int) {
        features.reserveCapacity(2 * capacity)
        labels.reserveCapacity(capacity)
    }

    /// Adds one point, each coordinate rounded once from `Double` to `Float`.
    mutating func append(_ x: Double, _ y: Double, _ label: Float) {
        features.append(Float(x))
        features.append(Float(y))
        labels.append(label)
    }

    /// The points as a two-class data set with features `x`, `y` and target `label`.
    func dataset(name: String) -> Dataset {
        Dataset(unchecked: name, features: features, featureCount: 2, targets: labels,
                targetWidth: 1, task: .classification(classes: 2), featureNames: ["x", "y"],
                targetName: "label", classNames: nil, imageShape: nil)
    }
}
