import Autodiff

/// A network as a stack of layers applied in order: what `layer …` statements build.
///
/// The network takes a batch `[batch] + input.shape`. On token data (`input.vocabulary` set)
/// the values are token ids: a first layer that reads tokens (an embedding) gets them as they
/// are; any other first layer gets them one-hot encoded, `[batch] + shape + [vocabulary]`.
public final class Sequential: @unchecked Sendable {
    /// What one example is: its shape, and the vocabulary when its values are token ids.
    public let input: LayerInput
    /// The layers, first to last.
    public private(set) var layers: [any Layer]

    /// A network for examples described by `input`.
    public init(input: LayerInput, layers: [any Layer] = []) {
        self.input = input
        self.layers = layers
    }

    /// A network for inputs of `inputWidth` features.
    public convenience init(inputWidth: Int, layers: [any Layer] = []) {
        self.init(input: LayerInput(shape: [inputWidth]), layers: layers)
    }

    /// Builds the layers `configs` describe, each for the shape the one before it gives (see
    /// `NetworkPlan`), with parameters at zero (initialise them next). Throws, naming the
    /// layer, when one cannot take its input.
    public static func build(input: LayerInput, configs: [LayerConfig]) throws(LayerBuildError) -> Sequential {
        let plan = try NetworkPlan(input: input, configs: configs)
        let model = Sequential(input: input)
        for (i, step) in plan.steps.enumerated() {
            do {
                model.append(try step.config.makeLayer(for: step.input))
            } catch {
                throw LayerBuildError(index: i, config: step.config, input: step.input, error: error)
            }
        }
        return model
    }

    /// The per-example shape of the input.
    public var inputShape: [Int] { input.shape }

    /// The number of values in one example.
    public var inputWidth: Int { input.shape.elementCount }

    /// What enters layer `index` (0-based): token ids only for a first layer that reads them.
    public func input(ofLayer index: Int) -> LayerInput {
        let layer = layers[index]
        let tokens = index == 0 && layer.config.takesTokens ? input.vocabulary : nil
        return LayerInput(shape: layer.inputShape, vocabulary: tokens)
    }

    /// The per-example shape of the network's output.
    public var outputShape: [Int] {
        if let last = layers.last { return last.outputShape }
        return input.shape + (input.vocabulary.map { [$0] } ?? [])
    }

    /// The size of the last axis of the output (the units of a final dense layer).
    public var outputWidth: Int { outputShape.last ?? 1 }

    /// Appends a layer built for `outputShape`.
    public func append(_ layer: any Layer) {
        layers.append(layer)
    }

    /// Removes the last layer.
    public func removeLast() {
        if !layers.isEmpty { layers.removeLast() }
    }

    /// Every trainable tensor, layer by layer.
    public var parameters: [Tensor] { layers.flatMap(\.parameters) }

    /// The total number of trainable values.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// The activation the last layer ends in, if it ends in one (for losses computed on logits).
    public var outputActivation: Activation? { layers.last?.finalActivation }

    /// The result of a forward pass.
    public struct Pass {
        /// The network's output.
        public var output: Tensor
        /// The last layer's value before its final activation, when it ends in one.
        public var logits: Tensor?
        /// The final activation `logits` went through.
        public var outputActivation: Activation?
        /// Each layer's output, when they were kept.
        public var layerOutputs: [Tensor]
    }

    /// The batch `x` as the first layer takes it: token ids one-hot encoded when needed.
    public func encodeInput(_ x: Tensor) throws(TensorError) -> Tensor {
        guard x.rank == input.shape.count + 1, Array(x.shape.dropFirst()) == input.shape else {
            throw TensorError("the network takes examples of shape \(TensorError.describe(input.shape)), got a batch \(TensorError.describe(x.shape))")
        }
        guard let vocabulary = input.vocabulary else { return x }
        if let bad = x.data.first(where: { !($0 >= 0 && $0 < Float(vocabulary) && $0 == $0.rounded()) }) {
            throw TensorError("token \(bad) is outside the vocabulary of \(vocabulary) tokens (0 to \(vocabulary - 1))")
        }
        if layers.first?.config.takesTokens == true { return x }
        var hot = [Float](repeating: 0, count: x.count * vocabulary)
        for (i, id) in x.data.enumerated() { hot[i * vocabulary + Int(id)] = 1 }
        return Tensor(shape: x.shape + [vocabulary], data: hot)
    }

    /// Runs the network on a batch `[batch] + input.shape`.
    public func forward(_ x: Tensor, context: inout ForwardContext, keepLayerOutputs: Bool = false) throws(TensorError) -> Pass {
        var h = try encodeInput(x)
        var logits: Tensor? = nil
        var outputs: [Tensor] = []
        for (i, layer) in layers.enumerated() {
            context.layerIndex = i
            if i == layers.count - 1, let activation = layer.finalActivation {
                let z = try layer.forwardBeforeActivation(h, context: &context)
                logits = z
                h = try activation.apply(z)
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
        Sequential(input: input, layers: layers.map { $0.copy() })
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

/// A layer of a network that cannot be built on the input it would get.
public struct LayerBuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The layer's position, from 0.
    public var index: Int
    /// The layer.
    public var config: LayerConfig
    /// What it would have received.
    public var input: LayerInput
    /// Why it cannot take it.
    public var error: LayerError

    /// "layer 2 (lstm 16): …".
    public var description: String { "layer \(index + 1) (\(config.summary)): \(error.message)" }
}
