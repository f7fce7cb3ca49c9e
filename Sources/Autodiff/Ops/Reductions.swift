/// Sums, means and maxima, over everything or along one axis.
extension Tensor {
    /// The sum of all values, as a scalar.
    public func sum() -> Tensor {
        var total: Float = 0
        data.withUnsafeBufferPointer { for v in $0 { total += v } }
        return Tensor(shape: [], data: [total], op: "sum", inputs: [self]) { result in
            guard let g = result.grad?.first else { return }
            let input = result.inputs[0]
            input.withGrad { gi in for i in 0..<gi.count { gi[i] += g } }
        }
    }

    /// The mean of all values, as a scalar.
    public func mean() -> Tensor {
        sum() * (1 / Float(Swift.max(count, 1)))
    }

    /// Sizes around `axis`: (product of axes before, size of axis, product after).
    func axisSplit(_ axis: Int) throws(TensorError) -> (outer: Int, size: Int, inner: Int) {
        guard axis >= 0, axis < rank else {
            throw TensorError("axis \(axis) is outside \(TensorError.describe(shape)) (axes 0…\(rank - 1))")
        }
        return (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
    }

    /// The result shape of reducing `axis`.
    func reducedShape(_ axis: Int, keep: Bool) -> [Int] {
        var s = shape
        if keep { s[axis] = 1 } else { s.remove(at: axis) }
        return s
    }

    /// The sum along `axis`; `keepingAxis` leaves it with size 1.
    public func sum(axis: Int, keepingAxis: Bool = false) throws(TensorError) -> Tensor {
        let (outer, size, inner) = try axisSplit(axis)
        var out = [Float](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for s in 0..<size {
                let base = (o * size + s) * inner
                for i in 0..<inner { out[o * inner + i] += data[base + i] }
            }
        }
        return Tensor(shape: reducedShape(axis, keep: keepingAxis), data: out, op: "sum", inputs: [self]) { result in
            guard let g = result.grad else { return }
            result.inputs[0].withGrad { gi in
                for o in 0..<outer {
                    for s in 0..<size {
                        let base = (o * size + s) * inner
                        for i in 0..<inner { gi[base + i] += g[o * inner + i] }
                    }
                }
            }
        }
    }

    /// The mean along `axis`.
    public func mean(axis: Int, keepingAxis: Bool = false) throws(TensorError) -> Tensor {
        let size = try axisSplit(axis).size
        return try sum(axis: axis, keepingAxis: keepingAxis) * (1 / Float(Swift.max(size, 1)))
    }

    /// The maximum along `axis`; the gradient flows to the first maximal entry.
    public func max(axis: Int, keepingAxis: Bool = false) throws(TensorError) -> Tensor {
        let (outer, size, inner) = try axisSplit(axis)
        guard size > 0 else { throw TensorError("max over an empty axis") }
        var out = [Float](repeating: -.infinity, count: outer * inner)
        var winner = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = -Float.infinity, at = 0
                for s in 0..<size {
                    let v = data[(o * size + s) * inner + i]
                    if v > best || s == 0 { best = v; at = s }
                }
                out[o * inner + i] = best
                winner[o * inner + i] = (o * size + at) * inner + i
            }
        }
        return Tensor(shape: reducedShape(axis, keep: keepingAxis), data: out, op: "max", inputs: [self]) { result in
            guard let g = result.grad else { return }
            result.inputs[0].withGrad { gi in
                for e in 0..<g.count { gi[winner[e]] += g[e] }
            }
        }
    }

    /// The index of the largest value of each row along the last axis.
    public func argmaxLastAxis() -> [Int] {
        guard let width = shape.last, width > 0 else { return [] }
        let rows = count / width
        return (0..<rows).map { r in
            var best = 0
            for j in 1..<width where data[r * width + j] > data[r * width + best] { best = j }
            return best
        }
    }
}
