import Autodiff

/// One stage of a sequential network.
///
/// A layer maps a batch of examples of one shape to a batch of another. The batch axis is
/// outermost and not part of the shape: a dense layer over points maps `[batch, 2]` to
/// `[batch, 16]`, and over a sequence `[batch, T, F]` to `[batch, T, 16]` (it applies to the
/// last axis, position by position).
///
/// A layer is built from its `config` for a known input shape (see `LayerConfig.makeLayer`),
/// owns its parameters (tensors that require gradients) and draws their first values from an
/// `Initializer`. Its config and its parameters are all a model file needs to restore it.
public protocol Layer: AnyObject, Sendable {
    /// What the layer is: the value the language builds, `show model` lists and files store.
    var config: LayerConfig { get }
    /// The per-example shape the layer was built for.
    var inputShape: [Int] { get }
    /// The trainable tensors, in a fixed order.
    var parameters: [Tensor] { get }
    /// The parameters' names in the same order (`weight`, `bias`, `W`, `U`…).
    var parameterNames: [String] { get }
    /// The parameters the L1/L2 penalties apply to: weight matrices, not biases, gains or
    /// embeddings' offsets. Empty for layers without weights.
    var penalizedParameters: [Tensor] { get }
    /// The activation this layer applies last, when it ends in one (a dense layer's, an
    /// activation layer's): a loss may then work on the values before it (the logits).
    var finalActivation: Activation? { get }
    /// Fills the parameters from `initializer`, drawing from `generator` in a fixed order.
    func initialize(_ initializer: Initializer, generator: inout SplitMix64)
    /// The forward pass on a batch `[batch] + inputShape`.
    func forward(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor
    /// The forward pass without the final activation (the logits); the same as `forward`
    /// for a layer whose `finalActivation` is nil.
    func forwardBeforeActivation(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor
    /// An independent copy with the same parameter values.
    func copy() -> any Layer
}

extension Layer {
    /// The per-example output shape.
    public var outputShape: [Int] {
        (try? config.outputShape(forInput: inputShape)) ?? inputShape
    }

    /// A one-line description, e.g. `dense 16 relu`.
    public var summary: String { config.summary }

    /// The layer's kind as the language names it (`dense`, `dropout`, …).
    public var kind: String { config.kind }

    /// The number of trainable values.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    public var penalizedParameters: [Tensor] { [] }
    public var finalActivation: Activation? { nil }

    public func forwardBeforeActivation(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor {
        try forward(x, context: &context)
    }

    /// The parameter called `name`, if the layer has one.
    public func parameter(named name: String) -> Tensor? {
        zip(parameterNames, parameters).first { $0.0 == name }?.1
    }
}

/// What a forward pass needs besides its input.
public struct ForwardContext: Sendable {
    /// True while training: dropout is active.
    public var training: Bool
    /// Draws dropout masks.
    public var generator: SplitMix64
    /// Where layers put named intermediate values (gates, attention weights) when a view
    /// asked for them; nil (the usual case) records nothing.
    public var recorder: ForwardRecorder?
    /// The position of the layer running now, counted from 0 (set by `Sequential`).
    public var layerIndex = 0

    /// A context for training (dropout on) or evaluation.
    public init(training: Bool, generator: SplitMix64 = SplitMix64(seed: 0), recorder: ForwardRecorder? = nil) {
        self.training = training
        self.generator = generator
        self.recorder = recorder
    }

    /// Whether a view asked for intermediate values.
    public var isRecording: Bool { recorder != nil }

    /// Keeps `value` under `name` for the running layer, when recording.
    public func record(_ name: String, _ value: Tensor) {
        recorder?.keep(value, name: name, layer: layerIndex)
    }
}

/// Named intermediate values of one forward pass, per layer: what `show gates` and
/// `show attention` read instead of recomputing the maths.
///
/// A class, so a layer deep inside a forward pass can add to it and the caller reads it after.
public final class ForwardRecorder: @unchecked Sendable {
    /// The values kept, by layer index (from 0), then name.
    public private(set) var values: [Int: [String: Tensor]] = [:]
    /// The order names were recorded in, per layer.
    public private(set) var names: [Int: [String]] = [:]

    /// An empty recorder.
    public init() {}

    /// Keeps `value` under `name` for layer `layer` (a later value of the same name replaces it).
    public func keep(_ value: Tensor, name: String, layer: Int) {
        if values[layer]?[name] == nil { names[layer, default: []].append(name) }
        values[layer, default: [:]][name] = value
    }

    /// The value recorded as `name` by layer `layer`, if any.
    public func value(_ name: String, layer: Int) -> Tensor? {
        values[layer]?[name]
    }
}
