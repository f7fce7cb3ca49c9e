import Foundation

/// The one random generator of nnlab: SplitMix64, exactly as `bench/SPEC.md` §1 defines it.
///
/// Every random draw in nnlab (data sets, shuffles, initial weights, dropout masks) comes
/// from a `SplitMix64` seeded by the session, never from the system's randomness, so the
/// same script and seed give the same bytes on every machine.
public struct SplitMix64: Sendable, Hashable {
    /// The generator's whole state.
    @usableFromInline var s: UInt64

    /// The generator's whole state (where the stream continues from).
    public var state: UInt64 { s }

    /// A generator whose stream is fully determined by `seed`.
    public init(seed: UInt64) {
        s = seed
    }

    /// The next 64 random bits.
    @inlinable
    public mutating func nextU64() -> UInt64 {
        s &+= 0x9E37_79B9_7F4A_7C15
        var z = s
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1): the top 53 bits times 2⁻⁵³.
    @inlinable
    public mutating func uniform() -> Double {
        Double(nextU64() >> 11) * 0x1p-53
    }

    /// A double in [a, b).
    @inlinable
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        uniform() * (b - a) + a
    }

    /// An integer in [0, n): `nextU64() mod n`. `n` must be positive.
    @inlinable
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(n) needs n > 0")
        return Int(nextU64() % UInt64(n))
    }

    /// A double in [−k, k): `k · (2u − 1)`.
    @inlinable
    public mutating func symmetric(_ k: Double) -> Double {
        k * (2 * uniform() - 1)
    }

    /// A standard normal draw (mean 0, deviation 1) by the Marsaglia polar method,
    /// the same method TensorFlow Playground uses.
    public mutating func normal() -> Double {
        while true {
            let v1 = 2 * uniform() - 1
            let v2 = 2 * uniform() - 1
            let s = v1 * v1 + v2 * v2
            if s > 0 && s <= 1 {
                return (-2 * Foundation.log(s) / s).squareRoot() * v1
            }
        }
    }

    /// A normal draw with the given mean and standard deviation.
    public mutating func normal(mean: Double, deviation: Double) -> Double {
        mean + deviation * normal()
    }

    /// Fisher–Yates shuffle in place, SPEC.md §1: for i from the end down to 1, swap with
    /// `below(i + 1)`.
    public mutating func shuffle<T>(_ items: inout [T]) {
        var i = items.count - 1
        while i >= 1 {
            let j = below(i + 1)
            items.swapAt(i, j)
            i -= 1
        }
    }

    /// The integers 0..<n in shuffled order.
    public mutating func permutation(_ n: Int) -> [Int] {
        var order = Array(0..<n)
        shuffle(&order)
        return order
    }
}
