/// The checks the sequence-task generators make on their arguments before drawing anything.
enum SequenceArguments {
    /// The longest sequence a task makes (`len=`).
    static let maximumLength = 1_000
    /// The most tokens a vocabulary may have (`vocab=`).
    static let maximumVocabulary = 1_000
    /// The most values a generated set may hold in all, so `n=100000 len=1000` fails instead
    /// of exhausting memory.
    static let maximumValues = 20_000_000

    /// Throws unless `n`, `length` (at least `minimumLength`) and `valuesPerStep` fit the limits.
    static func check(n: Int, length: Int, minimumLength: Int = 1, valuesPerStep: Int = 1) throws(DataError) {
        try GeneratorArguments.check(n: n, noise: 0)
        guard length >= minimumLength && length <= maximumLength else {
            throw .invalidArgument(name: "len", value: String(length),
                                   expected: "a sequence length from \(minimumLength) to \(maximumLength)")
        }
        let (values, overflow) = n.multipliedReportingOverflow(by: length * valuesPerStep)
        guard !overflow && values <= maximumValues else {
            throw .invalidArgument(name: "n", value: String(n),
                                   expected: "at most \(maximumValues / (length * valuesPerStep)) sequences of length \(length)")
        }
    }

    /// Throws unless `vocabulary` is from `minimum` to `maximumVocabulary`.
    static func check(vocabulary: Int, minimum: Int = 2) throws(DataError) {
        guard vocabulary >= minimum && vocabulary <= maximumVocabulary else {
            throw .invalidArgument(name: "vocab", value: String(vocabulary),
                                   expected: "a vocabulary of \(minimum) to \(maximumVocabulary) tokens")
        }
    }

    /// Feature names for a sequence of `length` steps of the given per-step names:
    /// `v1, m1, v2, m2, …`.
    static func names(length: Int, perStep: [String]) -> [String] {
        (1...length).flatMap { t in perStep.map { "\($0)\(t)" } }
    }
}
