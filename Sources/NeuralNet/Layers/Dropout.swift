import Autodiff

/// Inverted dropout: in training each value is zeroed with probability `rate` and the rest
/// scaled by 1/(1 − rate); in evaluation the layer passes values through unchanged.
public final class Dropout: Layer, @unchecked Sendable {
    /// What `layer dropout RATE` describes.
    public struct Config: LayerDescription {
        public static let kind = "dropout"
        /// The probability of dropping each value, in [0, 1).
        public var rate: Float

        /// Dropout at `rate`.
        public init(rate: Float) { self.rate = rate }

        public var summary: String { "dropout \(Dropout.format(rate))" }

        public func outputShape(forInput input: LayerInput) throws(LayerError) -> [Int] {
            guard rate >= 0, rate < 1 else { throw LayerError("a dropout rate is at least 0 and below 1, not \(rate)") }
            return input.shape
        }

        public func makeLayer(for input: LayerInput) throws(LayerError) -> any Layer {
            _ = try outputShape(forInput: input)
            return Dropout(rate: rate, inputShape: input.shape)
        }
    }

    /// The probability of dropping each value, in [0, 1).
    public let rate: Float
    public let inputShape: [Int]

    /// A dropout layer.
    public init(rate: Float, inputShape: [Int] = []) {
        self.rate = rate
        self.inputShape = inputShape
    }

    public var config: LayerConfig { .dropout(Config(rate: rate)) }
    public var parameters: [Tensor] { [] }
    public var parameterNames: [String] { [] }
    public func initialize(_ initializer: Initializer, generator: inout SplitMix64) {}
    public func forward(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor {
        guard context.training, rate > 0 else { return x }
        return x.dropout(rate: rate, generator: &context.generator)
    }
    public func copy() -> any Layer { Dropout(rate: rate, inputShape: inputShape) }

    /// A rate as the language writes it: `0.2`, not `0.200000003`.
    static func format(_ rate: Float) -> String {
        let d = Double(rate)
        for digits in 1...7 {
            let s = String(format: "%.\(digits)g", d)
            if Float(s) == rate { return s }
        }
        return String(d)
    }
}
