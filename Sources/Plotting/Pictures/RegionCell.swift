/// One place of a region map: the class a network finds most likely there, and how sure it is.
public struct RegionCell: Sendable, Equatable {
    /// The most likely class (0 when the probabilities were not finite).
    public var winner: Int
    /// 0 where the likeliest class is no likelier than a uniform guess, 1 where it is certain;
    /// NaN when the probabilities were not finite.
    public var confidence: Double

    /// A cell with the given winner and confidence (clamped to 0…1; NaN kept).
    public init(winner: Int, confidence: Double) {
        self.winner = winner
        self.confidence = confidence.isNaN ? .nan : min(1, max(0, confidence))
    }

    /// The cell for probability `p` of class 1 out of two: class 1 above 0.5, class 0 below,
    /// confidence |p − 0.5|·2 (p clamped to 0…1).
    public init(classOneProbability p: Float) {
        guard p.isFinite else {
            self.init(winner: 0, confidence: .nan)
            return
        }
        let q = min(1, max(0, Double(p)))
        self.init(winner: q > 0.5 ? 1 : 0, confidence: abs(q - 0.5) * 2)
    }

    /// The cell for a probability per class: the first largest one wins, with confidence
    /// (p_max − 1/K) / (1 − 1/K), which is |p − 0.5|·2 for two classes.
    public init(classProbabilities probabilities: [Float]) {
        guard !probabilities.isEmpty, probabilities.allSatisfy(\.isFinite) else {
            self.init(winner: 0, confidence: .nan)
            return
        }
        var winner = 0
        for (k, p) in probabilities.enumerated() where p > probabilities[winner] { winner = k }
        let k = Double(probabilities.count)
        let confidence = k > 1 ? (Double(probabilities[winner]) - 1 / k) / (1 - 1 / k) : 1
        self.init(winner: winner, confidence: confidence)
    }
}
