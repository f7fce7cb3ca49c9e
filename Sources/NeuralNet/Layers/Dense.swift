import Autodiff

/// A fully connected layer: `activation(x · Wᵀ + b)`, with `W` of shape `[units, inputs]`
/// (one row per output unit) and `b` of shape `[units]`, as in bench/SPEC.md §0.
public final class Dense: Layer, @unchecked Sendable {
    /// The weights, `[units, inputs]`.
    public let weight: Tensor
    /// The biases, `[units]`.
    public let bias: Tensor
    /// The activation applied to `x · Wᵀ + b`.
    public let activation: Activation

    /// A dense layer with zero parameters (initialise with an `Initializer`).
    public init(inputs: Int, units: Int, activation: Activation) {
        weight = Tensor.zeros([units, inputs], requiresGrad: true)
        bias = Tensor.zeros([units], requiresGrad: true)
        self.activation = activation
        weight.label = "W"
        bias.label = "b"
    }

    /// The number of input features.
    public var inputs: Int { weight.shape[1] }
    /// The number of output units.
    public var units: Int { weight.shape[0] }

    public var kind: String { "dense" }
    public var summary: String { "dense \(units) \(activation.rawValue)" }
    public var parameters: [Tensor] { [weight, bias] }
    public var parameterNames: [String] { ["weight", "bias"] }
    public func outputWidth(forInput width: Int) -> Int { units }

    /// `x · Wᵀ + b` before the activation (the logits of an output layer).
    public func preActivation(_ x: Tensor) throws(TensorError) -> Tensor {
        try Tensor.linear(x, weight: weight, bias: bias)
    }

    public func forward(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor {
        try activation.apply(preActivation(x))
    }

    public func copy() -> any Layer {
        let c = Dense(inputs: inputs, units: units, activation: activation)
        c.weight.data = weight.data
        c.bias.data = bias.data
        return c
    }

    public var record: LayerRecord {
        LayerRecord(kind: kind, units: units, inputs: inputs, activation: activation.rawValue,
                    values: ["weight": weight.data, "bias": bias.data])
    }
}
