import Synchronization

/// A counter giving each backward sweep its own mark.
private let sweepCounter = Atomic<UInt64>(0)

extension Tensor {
    /// Backpropagates from this tensor: adds d(self)/d(t) into `t.grad` for every tensor `t`
    /// it was computed from that requires gradients. `self` is seeded with ones (for a
    /// scalar loss, d loss/d loss = 1).
    ///
    /// The graph is visited in reverse topological order by an explicit stack, never by
    /// recursion. Gradients accumulate across calls until `zeroGrad()`.
    public func backward() {
        guard requiresGrad else { return }
        let order = topologicalOrder()
        for node in order where node.isRecorded { node.grad = nil }
        accumulateGrad([Float](repeating: 1, count: count))
        for node in order.reversed() {
            guard let step = node.backwardFunction, node.grad != nil else { continue }
            step(node)
            // An intermediate result's gradient is spent once passed on.
            if node !== self { node.grad = nil }
        }
    }

    /// Every recorded tensor this one depends on, inputs before the tensors computed from
    /// them, this tensor last.
    public func topologicalOrder() -> [Tensor] {
        let mark = sweepCounter.add(1, ordering: .relaxed).newValue
        var order: [Tensor] = []
        // (node, index of the next input to visit). Every node on the stack is kept alive by
        // `self`'s graph for the whole sweep, so the stack holds unmanaged references and the
        // walk costs no reference counting.
        var stack: [(Unmanaged<Tensor>, Int)] = [(Unmanaged.passUnretained(self), 0)]
        self.mark = mark
        withExtendedLifetime(self) {
            while let (reference, next) = stack.last {
                let node = reference.takeUnretainedValue()
                if next < node.inputs.count {
                    stack[stack.count - 1].1 = next + 1
                    let input = node.inputs[next]
                    if input.mark != mark && input.requiresGrad {
                        input.mark = mark
                        stack.append((Unmanaged.passUnretained(input), 0))
                    }
                } else {
                    stack.removeLast()
                    order.append(node)
                }
            }
        }
        return order
    }
}
