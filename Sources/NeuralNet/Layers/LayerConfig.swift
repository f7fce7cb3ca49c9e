/// What a layer is, as one Codable value: what the language builds from `layer dense 16 relu`,
/// what `show model` lists with shapes and parameter counts, what a model file stores, and
/// what `load` restores.
///
/// Each case carries the description of one layer kind (`Dense.Config`, …), which knows the
/// layer's summary, its output shape for an input shape, and how to build the layer. In a
/// model file a config is one JSON object: `{"kind": "dense", "units": 16, "activation": "relu"}`.
///
/// Adding a layer kind: its file (the layer class and its `Config`), a case here with a line
/// in `description` and in `decoders`, and its entry in the language's catalogue.
public enum LayerConfig: Sendable, Hashable {
    /// A fully connected layer.
    case dense(Dense.Config)
    /// Dropout, active in training only.
    case dropout(Dropout.Config)
    /// An activation function on its own.
    case activation(ActivationLayer.Config)

    /// The kind's description, whatever the kind.
    public var description: any LayerDescription {
        switch self {
        case .dense(let c): return c
        case .dropout(let c): return c
        case .activation(let c): return c
        }
    }

    /// How each kind is read back from a file, by its `kind` name.
    static let decoders: [String: @Sendable (any Decoder) throws -> LayerConfig] = [
        Dense.Config.kind: { .dense(try Dense.Config(from: $0)) },
        Dropout.Config.kind: { .dropout(try Dropout.Config(from: $0)) },
        ActivationLayer.Config.kind: { .activation(try ActivationLayer.Config(from: $0)) },
    ]

    /// The kind as the language names it (`dense`, `dropout`, …).
    public var kind: String { type(of: description).kind }

    /// A one-line description, e.g. `dense 16 relu`.
    public var summary: String { description.summary }

    /// Whether the layer reads token ids (an embedding) rather than real values.
    public var takesTokens: Bool { description.takesTokens }

    /// The per-example output shape for a per-example input shape; throws when the layer
    /// cannot take that input, saying why.
    public func outputShape(forInput shape: [Int]) throws(LayerError) -> [Int] {
        try description.outputShape(forInput: LayerInput(shape: shape))
    }

    /// The per-example output shape for an input that may be token ids.
    public func outputShape(for input: LayerInput) throws(LayerError) -> [Int] {
        try description.outputShape(forInput: input)
    }

    /// A layer of this kind for `input`, with parameters at zero (initialise it next).
    public func makeLayer(for input: LayerInput) throws(LayerError) -> any Layer {
        try description.makeLayer(for: input)
    }

    /// The number of trainable values this layer has for `input` (nothing is allocated).
    public func parameterCount(for input: LayerInput) throws(LayerError) -> Int {
        try description.parameterCount(forInput: input)
    }
}

/// One layer kind's description: the associated value of a `LayerConfig` case.
public protocol LayerDescription: Codable, Sendable, Hashable {
    /// The kind's name in the language and in files (`dense`).
    static var kind: String { get }
    /// A one-line description, e.g. `dense 16 relu`.
    var summary: String { get }
    /// Whether the layer reads token ids (an embedding) rather than real values.
    var takesTokens: Bool { get }
    /// The per-example output shape for `input`; throws when the layer cannot take it.
    func outputShape(forInput input: LayerInput) throws(LayerError) -> [Int]
    /// The number of trainable values the layer has for `input`, without building it.
    func parameterCount(forInput input: LayerInput) throws(LayerError) -> Int
    /// A layer for `input`, its parameters at zero.
    func makeLayer(for input: LayerInput) throws(LayerError) -> any Layer
}

extension LayerDescription {
    public var takesTokens: Bool { false }
    public func parameterCount(forInput input: LayerInput) throws(LayerError) -> Int { 0 }
}

/// What enters a layer: the per-example shape, and, for the first layer of a network on token
/// data, the size of the vocabulary the values are ids from.
public struct LayerInput: Sendable, Hashable {
    /// The per-example shape (`[2]`, `[T, F]`, `[T]` for T tokens).
    public var shape: [Int]
    /// The number of distinct tokens when the values are token ids, else nil.
    public var vocabulary: Int?

    /// An input of real values (or of token ids from a vocabulary of that size).
    public init(shape: [Int], vocabulary: Int? = nil) {
        self.shape = shape
        self.vocabulary = vocabulary
    }
}

/// A layer that cannot take the input it is given, with the reason in a learner's words
/// ("a recurrent layer needs a sequence, [steps, features]; the input is [2]").
public struct LayerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The reason.
    public var message: String
    /// What would work, when there is a likely fix.
    public var suggestion: String?

    /// An error with its reason.
    public init(_ message: String, suggestion: String? = nil) {
        self.message = message
        self.suggestion = suggestion
    }

    public var description: String { message }
}

extension LayerConfig: Codable {
    private enum KindKey: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: KindKey.self)
        let kind = try container.decode(String.self, forKey: .kind)
        guard let decode = LayerConfig.decoders[kind] else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container,
                                                   debugDescription: "unknown layer kind `\(kind)`")
        }
        self = try decode(decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: KindKey.self)
        try container.encode(kind, forKey: .kind)
        try description.encode(to: encoder)
    }
}

/// Shapes written as the language shows them: `[8, 2]`.
func describe(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}
