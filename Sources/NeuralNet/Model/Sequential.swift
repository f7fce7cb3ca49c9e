import Autodiff

/// A network as a stack of layers applied in order: what `layer …` statements build.
public final class Sequential: @unchecked Sendable {
    /// The number of input features.
    public let inputWidth: Int
    /// The layers, first to last.
    public private(set) var layers: [any Layer]

    /// An empty network for inputs of `inputWidth` features.
    public init(inputWidth: Int, layers: [any Layer] = []) {
        self.inputWidth = inputWidth
        self.layers = layers
    }

    /// The width of the last layer's output (the input width when there are no layers).
    public var outputWidth: Int {
        layers.reduce(inputWidth) { $1.outputWidth(forInput: $0) }
    }

    /// The width entering layer `index`.
    public func inputWidth(ofLayer index: Int) -> Int {
        layers[..<index].reduce(inputWidth) { $1.outputWidth(forInput: $0) }
    }

    /// Appends a layer.
    public func append(_ layer: any Layer) {
        layers.append(layer)
    }

    /// Removes the last layer.
    public func removeLast() {
        if !layers.isEmpty { layers.removeLast() }
    }

    /// The dense layers, with their positions in `layers`.
    public var denseLayers: [(index: Int, layer: Dense)] {
        layers.enumerated().compactMap { i, l in (l as? Dense).map { (i, $0) } }
    }

    /// Every trainable tensor, layer by layer.
    public var parameters: [Tensor] { layers.flatMap(\.parameters) }

    /// The total number of trainable values.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// The final dense layer's activation when it is the network's last step (for losses
    /// computed on logits).
    public var outputActivation: Activation? {
        guard let dense = layers.last as? Dense else { return nil }
        return dense.activation
    }

    /// The result of a forward pass.
    public struct Pass {
        /// The network's output.
        public var output: Tensor
        /// The last dense layer's value before its activation, when the network ends in one.
        public var logits: Tensor?
        /// The activation of the final dense layer that `logits` went through.
        public var outputActivation: Activation?
        /// Each layer's output, when they were kept.
        public var layerOutputs: [Tensor]
    }

    /// Runs the network on a batch `[rows, inputWidth]`.
    public func forward(_ x: Tensor, context: inout ForwardContext, keepLayerOutputs: Bool = false) throws(TensorError) -> Pass {
        guard x.rank == 2, x.shape[1] == inputWidth else {
            throw TensorError("the network takes [rows, \(inputWidth)] inputs, got \(TensorError.describe(x.shape))")
        }
        var h = x
        var logits: Tensor? = nil
        var outputs: [Tensor] = []
        for (i, layer) in layers.enumerated() {
            if i == layers.count - 1, let dense = layer as? Dense {
                let z = try dense.preActivation(h)
                logits = z
                h = try dense.activation.apply(z)
            } else {
                h = try layer.forward(h, context: &context)
            }
            if keepLayerOutputs { outputs.append(h) }
        }
        return Pass(output: h, logits: logits, outputActivation: logits == nil ? nil : outputActivation, layerOutputs: outputs)
    }

    /// The network's outputs for a batch, without recording gradients or dropout.
    public func predict(_ x: Tensor) throws(TensorError) -> Tensor {
        var context = ForwardContext(training: false)
        return try GradMode.withoutRecording { () throws(TensorError) in try forward(x, context: &context).output }
    }

    /// An independent copy with the same architecture and values.
    public func copy() -> Sequential {
        Sequential(inputWidth: inputWidth, layers: layers.map { $0.copy() })
    }

    /// The values of every parameter, for snapshots (early stopping, undo).
    public func snapshot() -> [[Float]] { parameters.map(\.data) }

    /// Puts back values taken by `snapshot()`; false when the shapes no longer match.
    @discardableResult
    public func restore(_ snapshot: [[Float]]) -> Bool {
        let params = parameters
        guard params.count == snapshot.count, zip(params, snapshot).allSatisfy({ $0.count == $1.count }) else { return false }
        for (p, values) in zip(params, snapshot) { p.data = values }
        return true
    }

    /// Clears every parameter's gradient.
    public func zeroGrad() {
        for p in parameters { p.zeroGrad() }
    }
}
