import Autodiff

/// L1 and L2 weight penalties, added to the gradient of every layer's weight matrices
/// (never the biases, gains or offsets; see `Layer.penalizedParameters`) after backpropagation.
///
/// The penalty is `l1·Σ|w| + ½·l2·Σw²`, so its gradient is `l1·sign(w) + l2·w`
/// (the TensorFlow Playground convention). Reported losses are the data loss; `value`
/// gives the penalty itself.
public struct Penalty: Codable, Sendable, Equatable {
    /// The L1 rate (pushes weights to exactly zero).
    public var l1: Float
    /// The L2 rate (shrinks weights towards zero).
    public var l2: Float

    /// A penalty with the given rates.
    public init(l1: Float = 0, l2: Float = 0) {
        self.l1 = l1
        self.l2 = l2
    }

    /// Whether the penalty does anything.
    public var isActive: Bool { l1 != 0 || l2 != 0 }

    /// Adds the penalty's gradient to the weights of `model`.
    public func addGradient(to model: Sequential) {
        guard isActive else { return }
        for weight in model.layers.flatMap(\.penalizedParameters) {
            let w = weight.data
            var g = weight.grad ?? [Float](repeating: 0, count: w.count)
            for i in 0..<w.count {
                let sign: Float = w[i] > 0 ? 1 : (w[i] < 0 ? -1 : 0)
                g[i] += l1 * sign + l2 * w[i]
            }
            weight.grad = g
        }
    }

    /// The penalty's value for `model`'s current weights.
    public func value(for model: Sequential) -> Float {
        guard isActive else { return 0 }
        var total: Float = 0
        for weight in model.layers.flatMap(\.penalizedParameters) {
            for w in weight.data { total += l1 * Swift.abs(w) + 0.5 * l2 * w * w }
        }
        return total
    }
}
