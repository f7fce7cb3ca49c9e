import Autodiff

/// An activation on its own, as a layer.
public final class ActivationLayer: Layer, @unchecked Sendable {
    /// What an activation layer describes.
    public struct Config: LayerDescription {
        public static let kind = "activation"
        /// The function applied.
        public var activation: Activation

        /// An activation layer.
        public init(activation: Activation) { self.activation = activation }

        public var summary: String { activation.rawValue }

        public func outputShape(forInput input: LayerInput) throws(LayerError) -> [Int] { input.shape }

        public func makeLayer(for input: LayerInput) throws(LayerError) -> any Layer {
            ActivationLayer(activation, inputShape: input.shape)
        }
    }

    /// The function applied.
    public let activation: Activation
    public let inputShape: [Int]

    /// A layer applying `activation`.
    public init(_ activation: Activation, inputShape: [Int] = []) {
        self.activation = activation
        self.inputShape = inputShape
    }

    public var config: LayerConfig { .activation(Config(activation: activation)) }
    public var parameters: [Tensor] { [] }
    public var parameterNames: [String] { [] }
    public var finalActivation: Activation? { activation }
    public func initialize(_ initializer: Initializer, generator: inout SplitMix64) {}
    public func forward(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor {
        try activation.apply(x)
    }
    public func forwardBeforeActivation(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor { x }
    public func copy() -> any Layer { ActivationLayer(activation, inputShape: inputShape) }
}
