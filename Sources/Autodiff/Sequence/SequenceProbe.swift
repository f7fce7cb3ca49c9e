/// What a fused sequence operation computed, kept for views to read: pass one to
/// `rnnSequence`, `lstmSequence`, `gruSequence` or `multiHeadAttention`, then read it.
///
/// Nothing is kept unless a probe is passed. With one, the forward pass records named
/// intermediate values, each a plain tensor (not on the gradient tape):
///
/// | operation | names | shape |
/// |---|---|---|
/// | `rnnSequence` | `h` | `[B, T, H]` |
/// | `lstmSequence` | `i`, `f`, `a`, `o`, `c`, `h` | `[B, T, H]` each |
/// | `gruSequence` | `z`, `r`, `h̃`, `h` | `[B, T, H]` each |
/// | `multiHeadAttention` | `A` (the attention weights) | `[B, heads, T, T]` |
///
/// and the backward pass through a recurrent operation records `gradientNorms`: for each time
/// step t, ‖∂L/∂h_t‖, the Euclidean norm over the whole batch and every hidden unit of the
/// total gradient reaching h_t (from the output at t and from step t + 1 through the
/// recurrence). Plotted against t it shows gradients vanishing or exploding.
///
/// A probe describes the most recent forward pass it was given to (each forward clears it
/// first) and the most recent backward pass through that operation; give each layer its own.
/// Like `Tensor`, a probe is used from one thread at a time.
///
/// ```swift
/// let probe = SequenceProbe()
/// let h = try Tensor.lstmSequence(x, inputWeights: w, recurrentWeights: u, bias: b, probe: probe)
/// try Tensor.meanSquaredError(h, target).backward()
/// probe[.forgetGate]        // f_t for every example and step, [B, T, H]
/// probe.gradientNorms       // ‖∂L/∂h_t‖ for t = 0 ..< T
/// ```
public final class SequenceProbe: @unchecked Sendable {
    /// The name of one recorded value: the seed's symbol for it (`i`, `f`, `h̃`, `A`…).
    public struct Name: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
        /// The symbol, as the seed's equations write it.
        public let symbol: String

        /// A name with the given symbol.
        public init(_ symbol: String) { self.symbol = symbol }

        /// A name written as a string literal.
        public init(stringLiteral symbol: String) { self.symbol = symbol }

        /// The symbol.
        public var description: String { symbol }

        /// `h`: the hidden state h_t (every recurrent operation).
        public static let hidden: Name = "h"
        /// `i`: the LSTM's input gate i_t.
        public static let inputGate: Name = "i"
        /// `f`: the LSTM's forget gate f_t.
        public static let forgetGate: Name = "f"
        /// `o`: the LSTM's output gate o_t.
        public static let outputGate: Name = "o"
        /// `a`: the LSTM's candidate a_t (PyTorch's g).
        public static let candidate: Name = "a"
        /// `c`: the LSTM's cell state c_t.
        public static let cell: Name = "c"
        /// `z`: the GRU's update gate z_t.
        public static let updateGate: Name = "z"
        /// `r`: the GRU's reset gate r_t.
        public static let resetGate: Name = "r"
        /// `h̃`: the GRU's candidate state h̃_t.
        public static let candidateHidden: Name = "h̃"
        /// `A`: attention weights, softmax over the keys, `[B, heads, T, T]`.
        public static let attentionWeights: Name = "A"
    }

    /// Every value the last forward pass recorded, by name.
    public private(set) var recordings: [Name: Tensor] = [:]
    /// The recorded names in the order the forward pass recorded them.
    public private(set) var names: [Name] = []
    /// ‖∂L/∂h_t‖ for t = 0 ..< T from the last backward pass through the operation; empty
    /// before one (and for attention, which has no recurrence).
    public private(set) var gradientNorms: [Float] = []

    /// An empty probe.
    public init() {}

    /// The value recorded under `name`, or nil.
    public subscript(name: Name) -> Tensor? { recordings[name] }

    /// Forgets every recording and gradient norm.
    public func reset() {
        recordings = [:]
        names = []
        gradientNorms = []
    }

    /// Keeps `value` under `name` (called by the operations' forward passes).
    func record(_ name: Name, _ value: Tensor) {
        if recordings.updateValue(value, forKey: name) == nil { names.append(name) }
    }

    /// Keeps the per-step gradient norms (called by the operations' backward passes).
    func recordGradientNorms(_ norms: [Float]) {
        gradientNorms = norms
    }
}
