/// NumPy-style broadcasting of shapes: axes are aligned from the right, and an axis of
/// size 1 (or a missing one) stretches to match the other.
public enum Broadcast {
    /// The shape two operands broadcast to, or an error naming both shapes.
    public static func shape(_ a: [Int], _ b: [Int]) throws(TensorError) -> [Int] {
        let rank = max(a.count, b.count)
        var out = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if da == db || db == 1 {
                out[i] = da
            } else if da == 1 {
                out[i] = db
            } else {
                throw TensorError("shapes \(TensorError.describe(a)) and \(TensorError.describe(b)) do not match: axis \(i) has \(da) and \(db) (sizes must be equal or 1)")
            }
        }
        return out
    }

    /// For each element of a tensor of `outShape`, the index of the element of a tensor of
    /// `shape` that broadcasts to it.
    static func sourceIndices(of shape: [Int], in outShape: [Int]) -> [Int] {
        let outCount = outShape.elementCount
        let rank = outShape.count
        let offset = rank - shape.count
        var strides = [Int](repeating: 0, count: rank)
        var step = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i + offset] = shape[i] == 1 ? 0 : step
            step *= shape[i]
        }
        var result = [Int](repeating: 0, count: outCount)
        var index = [Int](repeating: 0, count: rank)
        var source = 0
        for e in 0..<outCount {
            result[e] = source
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                source += strides[axis]
                if index[axis] < outShape[axis] { break }
                source -= strides[axis] * index[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        return result
    }

    /// Sums a gradient of `outShape` down to `shape`, undoing a broadcast.
    static func reduce(_ grad: UnsafeBufferPointer<Float>, from outShape: [Int], to shape: [Int]) -> [Float] {
        if shape == outShape { return Array(grad) }
        var result = [Float](repeating: 0, count: shape.elementCount)
        if result.count == 1 {
            var total: Float = 0
            for v in grad { total += v }
            result[0] = total
            return result
        }
        if isTrailing(shape, of: outShape) {
            let n = result.count
            result.withUnsafeMutableBufferPointer { r in
                var base = 0
                while base < grad.count {
                    for j in 0..<n { r[j] += grad[base + j] }
                    base += n
                }
            }
            return result
        }
        let source = sourceIndices(of: shape, in: outShape)
        for e in 0..<grad.count { result[source[e]] += grad[e] }
        return result
    }

    /// Whether `shape` equals the trailing axes of `outShape` (after dropping leading 1s),
    /// so that it repeats whole every `shape.elementCount` elements.
    static func isTrailing(_ shape: [Int], of outShape: [Int]) -> Bool {
        var s = shape[...]
        while let first = s.first, first == 1, s.count > 0 { s = s.dropFirst() }
        guard s.count <= outShape.count else { return false }
        return Array(outShape.suffix(s.count)) == Array(s)
    }
}
