import Autodiff

/// One stage of a sequential network.
///
/// A layer owns its parameters (tensors that require gradients) and maps a batch
/// `[rows, inputWidth]` to `[rows, outputWidth]`.
public protocol Layer: AnyObject, Sendable {
    /// The layer's kind as the language names it (`dense`, `dropout`, …).
    var kind: String { get }
    /// A one-line description, e.g. `dense 16 relu`.
    var summary: String { get }
    /// The trainable tensors, in a fixed order.
    var parameters: [Tensor] { get }
    /// The parameters' names in the same order (`weight`, `bias`).
    var parameterNames: [String] { get }
    /// The output width for a given input width.
    func outputWidth(forInput width: Int) -> Int
    /// The forward pass. `context` carries whether this is training and the generator that
    /// draws dropout masks.
    func forward(_ x: Tensor, context: inout ForwardContext) throws(TensorError) -> Tensor
    /// An independent copy with the same parameter values.
    func copy() -> any Layer
    /// A serialisable description of the layer and its values.
    var record: LayerRecord { get }
}

/// What a forward pass needs besides its input.
public struct ForwardContext: Sendable {
    /// True while training: dropout is active.
    public var training: Bool
    /// Draws dropout masks.
    public var generator: SplitMix64

    /// A context for training (dropout on) or evaluation.
    public init(training: Bool, generator: SplitMix64 = SplitMix64(seed: 0)) {
        self.training = training
        self.generator = generator
    }
}

/// A layer as stored in a model file: its kind, settings and parameter values.
public struct LayerRecord: Codable, Sendable, Equatable {
    /// `dense`, `activation` or `dropout`.
    public var kind: String
    /// Output units (dense).
    public var units: Int?
    /// Input width (dense).
    public var inputs: Int?
    /// Activation name (dense, activation).
    public var activation: String?
    /// Dropout rate.
    public var rate: Float?
    /// Parameter values by name, row-major.
    public var values: [String: [Float]]?

    /// A record with the given fields.
    public init(kind: String, units: Int? = nil, inputs: Int? = nil, activation: String? = nil,
                rate: Float? = nil, values: [String: [Float]]? = nil) {
        self.kind = kind
        self.units = units
        self.inputs = inputs
        self.activation = activation
        self.rate = rate
        self.values = values
    }
}
