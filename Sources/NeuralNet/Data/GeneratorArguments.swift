/// The checks every data generator makes on its arguments before drawing anything.
enum GeneratorArguments {
    /// The most points a generator makes, so a typo such as `n=1e9` fails instead of
    /// exhausting memory.
    static let maximumCount = 1_000_000

    /// Throws unless `1 ≤ n ≤ maximumCount` and `noise` is finite and not negative.
    static func check(n: Int, noise: Double) throws(DataError) {
        guard n >= 1 && n <= maximumCount else {
            throw .invalidArgument(name: "n", value: String(n),
                                   expected: "a count from 1 to \(maximumCount)")
        }
        guard noise.isFinite && noise >= 0 else {
            throw .invalidArgument(name: "noise", value: String(noise),
                                   expected: "0 or more (the Playground slider runs 0…0.5)")
        }
    }
}
