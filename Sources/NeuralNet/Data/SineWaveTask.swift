import Foundation
import Autodiff

extension Dataset {
    /// The sine-wave task: predict the next value of a wave from the values so far. Each
    /// sequence has its own frequency and phase, so a network must work out the wave from what
    /// it has seen, step by step.
    ///
    /// Per sequence: frequency ω uniform in [0.2, 0.6) radians per step and phase φ uniform
    /// in [0, 2π); then, for t = 0…length, `s_t = sin(ω·t + φ)`. The input at step t is
    /// `s_t + noise·z_t` (z standard normal, drawn even when `noise` is 0) and the target is
    /// the clean next value `s_{t+1}`: a value per step. Defaults: 1,000 sequences of 20 steps.
    public static func sinewave(n: Int = 1000, length: Int = 20, noise: Double = 0,
                                seed: UInt64 = 0) throws(DataError) -> Dataset {
        try SequenceArguments.check(n: n, length: length)
        try GeneratorArguments.check(n: n, noise: noise)
        var rng = SplitMix64(seed: seed)
        var xs = [Float](), ys = [Float]()
        xs.reserveCapacity(n * length)
        ys.reserveCapacity(n * length)
        for _ in 0..<n {
            let omega = rng.uniform(0.2, 0.6)
            let phi = rng.uniform(0, 2 * Double.pi)
            for t in 0..<length {
                let z = rng.normal()
                xs.append(Float(sin(omega * Double(t) + phi) + noise * z))
                ys.append(Float(sin(omega * Double(t + 1) + phi)))
            }
        }
        return Dataset(unchecked: "sinewave", features: xs, featureCount: length, targets: ys, targetWidth: length,
                       task: .valuePerStep, featureNames: SequenceArguments.names(length: length, perStep: ["s"]),
                       targetName: "next", classNames: nil, imageShape: nil, exampleShape: [length, 1], targetShape: [length])
    }
}
