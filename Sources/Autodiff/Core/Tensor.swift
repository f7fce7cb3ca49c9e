import Synchronization

/// An n-dimensional array of `Float` on contiguous row-major storage, and a node of the
/// gradient tape.
///
/// nnlab's autodiff is *define-by-run*: every operation on tensors that need gradients
/// records its inputs and how to send a gradient back to them. `backward()` on a scalar
/// result then sweeps that graph in reverse topological order (iteratively, so even a
/// 1,000-step unrolled recurrent network cannot overflow the stack).
///
/// Gradients **accumulate**: every `backward()` adds into `grad` of the tensors that
/// require it, until `zeroGrad()` clears them, as in PyTorch. Optimisers zero the
/// gradients of their parameters before each step.
///
/// `Tensor` is a class: a parameter is updated in place by an optimiser and every result
/// that used it sees one object. Results of operations are never mutated in place.
public final class Tensor: @unchecked Sendable {
    /// The size of each axis, outermost first. A scalar has shape `[]`.
    public let shape: [Int]
    /// The values, row-major; `data.count == shape.product`.
    public var data: [Float]
    /// The accumulated gradient of the last scalar `backward()` was called on with respect
    /// to this tensor, same layout as `data`; `nil` until a gradient arrives.
    public var grad: [Float]?
    /// Whether operations on this tensor are recorded for backpropagation.
    public let requiresGrad: Bool
    /// A short name for pictures of the computation graph (`w`, `x`, `tanh`…).
    public var label: String

    /// The tensors this one was computed from (empty for leaves).
    public internal(set) var inputs: [Tensor]
    /// Sends `grad` of this tensor (the output) to the gradients of `inputs`.
    var backwardFunction: ((Tensor) -> Void)?
    /// Sweep mark, so each backward pass visits a node once without a hash set.
    var mark: UInt64 = 0

    /// A tensor holding `data` with the given shape.
    /// - Precondition: `data.count` equals the product of `shape`.
    public init(shape: [Int], data: [Float], requiresGrad: Bool = false, label: String = "") {
        precondition(shape.allSatisfy { $0 >= 0 } && data.count == shape.elementCount,
                     "data of \(data.count) values does not fill shape \(shape)")
        self.shape = shape
        self.data = data
        self.requiresGrad = requiresGrad
        self.label = label
        self.inputs = []
        self.backwardFunction = nil
    }

    /// The result of an operation: records `inputs` and `backward` when any input requires
    /// gradients and recording is on (see `GradMode`).
    init(shape: [Int], data: [Float], op: String, inputs: [Tensor], backward: @escaping (Tensor) -> Void) {
        self.shape = shape
        self.data = data
        self.label = op
        if GradMode.isEnabled && inputs.contains(where: { $0.requiresGrad }) {
            self.requiresGrad = true
            self.inputs = inputs
            self.backwardFunction = backward
        } else {
            self.requiresGrad = false
            self.inputs = []
            self.backwardFunction = nil
        }
    }

    /// Releases a long graph iteratively: ARC would otherwise free a chain of thousands of
    /// nodes by recursion and could overflow the stack.
    deinit {
        guard !inputs.isEmpty else { return }
        var pending = inputs
        inputs = []
        backwardFunction = nil
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) {
                node.backwardFunction = nil
                pending.append(contentsOf: node.inputs)
                node.inputs = []
            }
        }
    }

    /// The number of values.
    public var count: Int { data.count }
    /// The number of axes.
    public var rank: Int { shape.count }
    /// Whether this tensor was computed by an operation that is being recorded.
    public var isRecorded: Bool { backwardFunction != nil }

    /// A scalar tensor.
    public convenience init(_ value: Float, requiresGrad: Bool = false, label: String = "") {
        self.init(shape: [], data: [value], requiresGrad: requiresGrad, label: label)
    }

    /// A 1-D tensor of the given values.
    public convenience init(_ values: [Float], requiresGrad: Bool = false, label: String = "") {
        self.init(shape: [values.count], data: values, requiresGrad: requiresGrad, label: label)
    }

    /// A tensor of the given shape filled with `value`.
    public static func filled(_ shape: [Int], with value: Float, requiresGrad: Bool = false) -> Tensor {
        Tensor(shape: shape, data: [Float](repeating: value, count: shape.elementCount), requiresGrad: requiresGrad)
    }

    /// A tensor of zeros.
    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        filled(shape, with: 0, requiresGrad: requiresGrad)
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        filled(shape, with: 1, requiresGrad: requiresGrad)
    }

    /// The single value of a one-element tensor (the first value otherwise).
    public var scalar: Float { data.first ?? .nan }

    /// A new leaf tensor with the same values, cut off from the tape.
    public func detached(requiresGrad: Bool = false) -> Tensor {
        Tensor(shape: shape, data: data, requiresGrad: requiresGrad, label: label)
    }

    /// Clears the accumulated gradient.
    public func zeroGrad() {
        grad = nil
    }

    /// Adds `values` into `grad`, creating it on first use.
    @inline(__always)
    func accumulateGrad(_ values: UnsafeBufferPointer<Float>) {
        guard var g = grad else {
            grad = Array(values)
            return
        }
        grad = nil  // keep the buffer uniquely referenced while adding in place
        g.withUnsafeMutableBufferPointer { g in
            for i in 0..<g.count { g[i] += values[i] }
        }
        grad = g
    }

    /// Adds `values` into `grad`, creating it on first use (takes ownership when possible).
    @inline(__always)
    func accumulateGrad(_ values: [Float]) {
        if grad == nil {
            grad = values
            return
        }
        values.withUnsafeBufferPointer { accumulateGrad($0) }
    }

    /// Gives mutable access to this tensor's gradient, created as zeros if absent.
    @inline(__always)
    func withGrad<R>(_ body: (UnsafeMutableBufferPointer<Float>) -> R) -> R {
        var g = grad ?? [Float](repeating: 0, count: data.count)
        grad = nil  // keep the buffer uniquely referenced while adding in place
        let result = g.withUnsafeMutableBufferPointer { body($0) }
        grad = g
        return result
    }
}

extension Array where Element == Int {
    /// The number of elements of a tensor of this shape (1 for a scalar).
    @inlinable
    public var elementCount: Int { reduce(1, *) }
}
