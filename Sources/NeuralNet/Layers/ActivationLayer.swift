import Autodiff

/// An activation on its own, as a layer (`layer relu`).
public final class ActivationLayer: Layer, @unchecked Sendable {
    /// The function applied.
    public let activation: Activation

    /// A layer applying `activation`.
    public init(_ activation: Activation) {
        self.activation = activation
    }

    public var kind: String { "activation" }
    public var summary: String { activation.rawValue }
    public var parameters: [Tensor] { [] }
    public var parameterNames: [String] { [] }
    public func outputWidth(forInput width: Int) -> Int { width }
    public func forward(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor {
        try activation.apply(x)
    }
    public func copy() -> any Layer { ActivationLayer(activation) }
    public var record: LayerRecord { LayerRecord(kind: kind, activation: activation.rawValue) }
}
