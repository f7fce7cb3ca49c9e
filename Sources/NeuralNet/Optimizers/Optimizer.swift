import Autodiff

/// Updates parameters from their gradients: one `step` per mini-batch.
///
/// Optimisers keep per-parameter state (velocities, moment estimates) in the order of the
/// parameter list they are given; a different list (a new model) starts the state afresh.
public protocol Optimizer: AnyObject, Sendable {
    /// The settings this optimiser was made from. Changing them (a new learning rate, say)
    /// keeps the state: the next `step` uses the new values on the same velocities and moments.
    var settings: OptimizerSettings { get set }
    /// Applies one update to `parameters` from their gradients (missing gradients: no change).
    func step(_ parameters: [Tensor])
    /// Forgets all state (velocities, moments, step count).
    func reset()
    /// An independent optimiser with the same settings and state.
    func copy() -> any Optimizer
}

/// Which optimiser, with its hyper-parameters: what `optimizer adam lr=0.01` describes.
public struct OptimizerSettings: Codable, Sendable, Equatable {
    /// The optimisers nnlab has.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Plain stochastic gradient descent: p ← p − lr·g.
        case sgd
        /// SGD with momentum (heavy ball).
        case momentum
        /// SGD with Nesterov momentum.
        case nesterov
        /// Adagrad: per-weight rates shrinking with the sum of squared gradients.
        case adagrad
        /// RMSProp: per-weight rates from a moving average of squared gradients.
        case rmsprop
        /// Adam: moving averages of the gradient and its square, bias-corrected.
        case adam
        /// Adam with decoupled weight decay.
        case adamw
    }

    /// The optimiser.
    public var kind: Kind
    /// The learning rate.
    public var learningRate: Float
    /// Momentum coefficient (momentum, nesterov).
    public var momentum: Float = 0.9
    /// First-moment decay (adam, adamw).
    public var beta1: Float = 0.9
    /// Second-moment decay (adam, adamw; also rmsprop's ρ).
    public var beta2: Float = 0.999
    /// The small constant in denominators.
    public var epsilon: Float = 1e-8
    /// Decoupled weight decay (adamw).
    public var weightDecay: Float = 0.01

    /// Settings with each optimiser's usual defaults.
    public init(kind: Kind, learningRate: Float? = nil) {
        self.kind = kind
        self.learningRate = learningRate ?? OptimizerSettings.defaultLearningRate(kind)
        if kind == .rmsprop { beta2 = 0.9 }
        if kind == .adagrad { epsilon = 1e-10 }
    }

    /// The customary learning rate for each optimiser.
    public static func defaultLearningRate(_ kind: Kind) -> Float {
        switch kind {
        case .sgd, .momentum, .nesterov: return 0.03
        case .adagrad: return 0.01
        case .rmsprop, .adam, .adamw: return 0.001
        }
    }

    /// A fresh optimiser with these settings.
    public func make() -> any Optimizer {
        switch kind {
        case .sgd: return SGD(settings: self)
        case .momentum, .nesterov: return Momentum(settings: self)
        case .adagrad: return Adagrad(settings: self)
        case .rmsprop: return RMSProp(settings: self)
        case .adam, .adamw: return Adam(settings: self)
        }
    }
}

/// Per-parameter state arrays, re-created when the parameter list changes shape.
///
/// State is matched to parameters by position and size, not by object identity, so a copy
/// of a model (undo, a failed command rolled back) keeps its optimiser's state. A session
/// resets the optimiser itself when it builds a new model.
struct SlotState {
    private var sizes: [Int] = []
    private(set) var slots: [[Float]] = []

    /// Makes sure there is one zeroed slot per parameter of `parameters`; returns true
    /// when the state was (re)created.
    @discardableResult
    mutating func prepare(_ parameters: [Tensor]) -> Bool {
        let counts = parameters.map(\.count)
        guard counts != sizes else { return false }
        sizes = counts
        slots = parameters.map { [Float](repeating: 0, count: $0.count) }
        return true
    }

    mutating func reset() {
        sizes = []
        slots = []
    }

    /// Gives raw mutable access to slot `i`.
    mutating func with<R>(_ i: Int, _ body: (UnsafeMutableBufferPointer<Float>) -> R) -> R {
        slots[i].withUnsafeMutableBufferPointer { body($0) }
    }
}

/// Runs `body` on raw views of a parameter's values and gradient (nothing when it has no
/// gradient), so update loops touch no array machinery per element.
@inline(__always)
func updating(_ p: Tensor, _ body: (UnsafeMutableBufferPointer<Float>, UnsafeBufferPointer<Float>) -> Void) {
    guard let g = p.grad else { return }
    g.withUnsafeBufferPointer { g in
        p.data.withUnsafeMutableBufferPointer { w in body(w, g) }
    }
}
