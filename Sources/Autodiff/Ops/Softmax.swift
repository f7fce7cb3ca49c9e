import Foundation

/// Softmax and log-softmax along an axis, computed stably (the maximum is subtracted first).
extension Tensor {
    /// `exp(x − max) / Σ exp(x − max)` along `axis` (default: the last).
    public func softmax(axis: Int? = nil) throws(TensorError) -> Tensor {
        let (outer, size, inner) = try axisSplit(axis ?? rank - 1)
        var out = data
        Tensor.forEachLine(outer: outer, size: size, inner: inner) { index in
            var m = -Float.infinity
            for s in 0..<size { m = Swift.max(m, out[index(s)]) }
            if m == -.infinity { m = 0 }
            var total: Float = 0
            for s in 0..<size { let e = Foundation.exp(out[index(s)] - m); out[index(s)] = e; total += e }
            for s in 0..<size { out[index(s)] /= total }
        }
        return Tensor(shape: shape, data: out, op: "softmax", inputs: [self]) { result in
            guard let g = result.grad else { return }
            let y = result.data
            result.inputs[0].withGrad { gi in
                Tensor.forEachLine(outer: outer, size: size, inner: inner) { index in
                    var dot: Float = 0
                    for s in 0..<size { dot += g[index(s)] * y[index(s)] }
                    for s in 0..<size { gi[index(s)] += y[index(s)] * (g[index(s)] - dot) }
                }
            }
        }
    }

    /// `x − max − log Σ exp(x − max)` along `axis` (default: the last).
    public func logSoftmax(axis: Int? = nil) throws(TensorError) -> Tensor {
        let (outer, size, inner) = try axisSplit(axis ?? rank - 1)
        var out = data
        Tensor.forEachLine(outer: outer, size: size, inner: inner) { index in
            var m = -Float.infinity
            for s in 0..<size { m = Swift.max(m, out[index(s)]) }
            if m == -.infinity { m = 0 }
            var total: Float = 0
            for s in 0..<size { total += Foundation.exp(out[index(s)] - m) }
            let logTotal = m + Foundation.log(total)
            for s in 0..<size { out[index(s)] -= logTotal }
        }
        return Tensor(shape: shape, data: out, op: "log_softmax", inputs: [self]) { result in
            guard let g = result.grad else { return }
            let y = result.data
            result.inputs[0].withGrad { gi in
                Tensor.forEachLine(outer: outer, size: size, inner: inner) { index in
                    var total: Float = 0
                    for s in 0..<size { total += g[index(s)] }
                    for s in 0..<size { gi[index(s)] += g[index(s)] - Foundation.exp(y[index(s)]) * total }
                }
            }
        }
    }

    /// Calls `body` once per line along an axis with a function from position on the axis
    /// to flat index.
    @inline(__always)
    static func forEachLine(outer: Int, size: Int, inner: Int, _ body: ((Int) -> Int) -> Void) {
        for o in 0..<outer {
            for i in 0..<inner {
                let base = o * size * inner + i
                body { base + $0 * inner }
            }
        }
    }
}
