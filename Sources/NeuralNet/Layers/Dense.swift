import Autodiff

/// A fully connected layer: `activation(x · Wᵀ + b)`, with `W` of shape `[units, inputs]`
/// (one row per output unit) and `b` of shape `[units]`, as in bench/SPEC.md §0.
///
/// It applies to the last axis: `[batch, inputs] → [batch, units]`, and on a sequence
/// `[batch, T, inputs] → [batch, T, units]`, the same weights at every position.
public final class Dense: Layer, @unchecked Sendable {
    /// What `layer dense UNITS ACTIVATION` describes.
    public struct Config: LayerDescription {
        public static let kind = "dense"
        /// The number of output units.
        public var units: Int
        /// The activation applied to `x · Wᵀ + b`.
        public var activation: Activation

        /// A dense layer of `units` units.
        public init(units: Int, activation: Activation) {
            self.units = units
            self.activation = activation
        }

        public var summary: String { "dense \(units) \(activation.rawValue)" }

        public func outputShape(forInput input: LayerInput) throws(LayerError) -> [Int] {
            guard let last = input.shape.last, last > 0 else {
                throw LayerError("a dense layer needs at least one input value; the input is \(describe(input.shape))")
            }
            return input.shape.dropLast() + [units]
        }

        public func parameterCount(forInput input: LayerInput) throws(LayerError) -> Int {
            _ = try outputShape(forInput: input)
            return units * ((input.shape.last ?? 0) + 1)
        }

        public func makeLayer(for input: LayerInput) throws(LayerError) -> any Layer {
            _ = try outputShape(forInput: input)
            return Dense(inputShape: input.shape, units: units, activation: activation)
        }
    }

    /// The weights, `[units, inputs]`.
    public let weight: Tensor
    /// The biases, `[units]`.
    public let bias: Tensor
    /// The activation applied to `x · Wᵀ + b`.
    public let activation: Activation
    public let inputShape: [Int]

    /// A dense layer over inputs of `inputShape` (it acts on the last axis), parameters at zero.
    public init(inputShape: [Int], units: Int, activation: Activation) {
        let inputs = inputShape.last ?? 1
        weight = Tensor.zeros([units, inputs], requiresGrad: true)
        bias = Tensor.zeros([units], requiresGrad: true)
        self.activation = activation
        self.inputShape = inputShape
        weight.label = "W"
        bias.label = "b"
    }

    /// A dense layer over `inputs` features, parameters at zero.
    public convenience init(inputs: Int, units: Int, activation: Activation) {
        self.init(inputShape: [inputs], units: units, activation: activation)
    }

    /// The number of input features (the last axis).
    public var inputs: Int { weight.shape[1] }
    /// The number of output units.
    public var units: Int { weight.shape[0] }

    public var config: LayerConfig { .dense(Config(units: units, activation: activation)) }
    public var parameters: [Tensor] { [weight, bias] }
    public var parameterNames: [String] { ["weight", "bias"] }
    public var penalizedParameters: [Tensor] { [weight] }
    public var finalActivation: Activation? { activation }

    public func initialize(_ initializer: Initializer, generator: inout SplitMix64) {
        initializer.fillWeights(weight, fanIn: inputs, fanOut: units, generator: &generator)
        initializer.fillBias(bias, fanIn: inputs, generator: &generator)
    }

    /// `x · Wᵀ + b` before the activation (the logits of an output layer), on the last axis.
    public func forwardBeforeActivation(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor {
        try Tensor.linear(x, weight: weight, bias: bias)
    }

    public func forward(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor {
        try activation.apply(forwardBeforeActivation(x, context: &context))
    }

    public func copy() -> any Layer {
        let c = Dense(inputShape: inputShape, units: units, activation: activation)
        c.weight.data = weight.data
        c.bias.data = bias.data
        return c
    }
}
