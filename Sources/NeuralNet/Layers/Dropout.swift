import Autodiff

/// Inverted dropout: in training each value is zeroed with probability `rate` and the rest
/// scaled by 1/(1 − rate); in evaluation the layer passes values through unchanged.
public final class Dropout: Layer, @unchecked Sendable {
    /// The probability of dropping each value, in [0, 1).
    public let rate: Float

    /// A dropout layer.
    public init(rate: Float) {
        self.rate = rate
    }

    public var kind: String { "dropout" }
    public var summary: String { "dropout \(rate)" }
    public var parameters: [Tensor] { [] }
    public var parameterNames: [String] { [] }
    public func outputWidth(forInput width: Int) -> Int { width }
    public func forward(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor {
        guard context.training, rate > 0 else { return x }
        return x.dropout(rate: rate, generator: &context.generator)
    }
    public func copy() -> any Layer { Dropout(rate: rate) }
    public var record: LayerRecord { LayerRecord(kind: kind, rate: rate) }
}
