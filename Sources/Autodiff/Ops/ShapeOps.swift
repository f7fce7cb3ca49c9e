/// Operations that move values without changing them: reshape, transpose and permute,
/// concatenation, slicing, index selection and embedding lookup.
extension Tensor {
    /// The same values viewed with another shape of equal element count. One axis may be
    /// `-1`, meaning "whatever is left".
    public func reshaped(_ newShape: [Int]) throws(TensorError) -> Tensor {
        var target = newShape
        if let hole = target.firstIndex(of: -1) {
            let known = target.enumerated().filter { $0.offset != hole }.map(\.element).elementCount
            guard known > 0, count % known == 0 else {
                throw TensorError("cannot reshape \(TensorError.describe(shape)) to \(TensorError.describe(newShape))")
            }
            target[hole] = count / known
        }
        guard target.allSatisfy({ $0 >= 0 }), target.elementCount == count else {
            throw TensorError("cannot reshape \(TensorError.describe(shape)) (\(count) values) to \(TensorError.describe(newShape))")
        }
        return Tensor(shape: target, data: data, op: "reshape", inputs: [self]) { result in
            guard let g = result.grad else { return }
            result.inputs[0].accumulateGrad(g)
        }
    }

    /// The axes reordered: axis `i` of the result is axis `order[i]` of this tensor.
    public func permuted(_ order: [Int]) throws(TensorError) -> Tensor {
        guard order.count == rank, Set(order) == Set(0..<rank) else {
            throw TensorError("permutation \(order) does not reorder the \(rank) axes of \(TensorError.describe(shape))")
        }
        let outShape = order.map { shape[$0] }
        let source = Tensor.permutationIndices(shape: shape, order: order)
        var out = [Float](repeating: 0, count: count)
        for i in 0..<count { out[i] = data[source[i]] }
        return Tensor(shape: outShape, data: out, op: "permute", inputs: [self]) { result in
            guard let g = result.grad else { return }
            let input = result.inputs[0]
            input.withGrad { gi in
                for i in 0..<g.count { gi[source[i]] += g[i] }
            }
        }
    }

    /// The transpose of a 2-D tensor, or the swap of the last two axes of a 3-D one.
    public func transposed() throws(TensorError) -> Tensor {
        switch rank {
        case 0, 1: return try reshaped(shape)
        case 2: return try permuted([1, 0])
        case 3: return try permuted([0, 2, 1])
        default: throw TensorError("transpose takes a 2-D or 3-D tensor, got \(TensorError.describe(shape))")
        }
    }

    /// For each element of the permuted result, its index in the source.
    static func permutationIndices(shape: [Int], order: [Int]) -> [Int] {
        let rank = shape.count
        var strides = [Int](repeating: 1, count: rank)
        if rank > 1 { for i in stride(from: rank - 2, through: 0, by: -1) { strides[i] = strides[i + 1] * shape[i + 1] } }
        let outShape = order.map { shape[$0] }
        let outStrides = order.map { strides[$0] }
        let total = shape.elementCount
        var result = [Int](repeating: 0, count: total)
        var index = [Int](repeating: 0, count: rank)
        var source = 0
        for e in 0..<total {
            result[e] = source
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                source += outStrides[axis]
                if index[axis] < outShape[axis] { break }
                source -= outStrides[axis] * index[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        return result
    }

    /// Joins tensors along `axis`; all other axes must agree.
    public static func concat(_ parts: [Tensor], axis: Int) throws(TensorError) -> Tensor {
        guard let first = parts.first else { throw TensorError("concat needs at least one tensor") }
        let rank = first.rank
        guard axis >= 0, axis < rank else { throw TensorError("concat axis \(axis) is outside \(TensorError.describe(first.shape))") }
        for p in parts where p.rank != rank || (0..<rank).contains(where: { $0 != axis && p.shape[$0] != first.shape[$0] }) {
            throw TensorError("cannot concat \(TensorError.describe(first.shape)) with \(TensorError.describe(p.shape)) along axis \(axis)")
        }
        let outer = first.shape[..<axis].reduce(1, *)
        let inner = first.shape[(axis + 1)...].reduce(1, *)
        let sizes = parts.map { $0.shape[axis] }
        let total = sizes.reduce(0, +)
        var outShape = first.shape
        outShape[axis] = total
        var out = [Float](repeating: 0, count: outer * total * inner)
        var offset = 0
        for (p, size) in zip(parts, sizes) {
            let chunk = size * inner
            for o in 0..<outer {
                let dst = (o * total + offset) * inner
                for i in 0..<chunk { out[dst + i] = p.data[o * chunk + i] }
            }
            offset += size
        }
        return Tensor(shape: outShape, data: out, op: "concat", inputs: parts) { result in
            guard let g = result.grad else { return }
            var offset = 0
            for (p, size) in zip(result.inputs, sizes) {
                defer { offset += size }
                guard p.requiresGrad else { continue }
                let chunk = size * inner
                p.withGrad { gp in
                    for o in 0..<outer {
                        let src = (o * total + offset) * inner
                        for i in 0..<chunk { gp[o * chunk + i] += g[src + i] }
                    }
                }
            }
        }
    }

    /// The values at positions `range` along `axis` (other axes whole).
    public func slice(axis: Int, _ range: Range<Int>) throws(TensorError) -> Tensor {
        guard axis >= 0, axis < rank else { throw TensorError("axis \(axis) is outside \(TensorError.describe(shape))") }
        guard range.lowerBound >= 0, range.upperBound <= shape[axis] else {
            throw TensorError("slice \(range.lowerBound)..<\(range.upperBound) is outside 0..<\(shape[axis]) on axis \(axis)")
        }
        return try indexSelect(axis: axis, Array(range))
    }

    /// The entries at `indices` along `axis`, in that order (repeats allowed).
    public func indexSelect(axis: Int, _ indices: [Int]) throws(TensorError) -> Tensor {
        guard axis >= 0, axis < rank else { throw TensorError("axis \(axis) is outside \(TensorError.describe(shape))") }
        let size = shape[axis]
        if let bad = indices.first(where: { $0 < 0 || $0 >= size }) {
            throw TensorError("index \(bad) is outside 0..<\(size) on axis \(axis)")
        }
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        var outShape = shape
        outShape[axis] = indices.count
        let n = indices.count
        var out = [Float](repeating: 0, count: outer * n * inner)
        data.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for o in 0..<outer {
                    for (j, index) in indices.enumerated() {
                        let s = (o * size + index) * inner, d = (o * n + j) * inner
                        for i in 0..<inner { dst[d + i] = src[s + i] }
                    }
                }
            }
        }
        return Tensor(shape: outShape, data: out, op: "select", inputs: [self]) { result in
            guard let g = result.grad else { return }
            let input = result.inputs[0]
            input.withGrad { gi in
                for o in 0..<outer {
                    for (j, index) in indices.enumerated() {
                        let s = (o * size + index) * inner, d = (o * n + j) * inner
                        for i in 0..<inner { gi[s + i] += g[d + i] }
                    }
                }
            }
        }
    }

    /// Embedding lookup: the rows of this `[vocabulary, width]` table named by `ids`, shaped
    /// `idsShape + [width]`. The gradient adds into the rows that were used.
    public func gather(rows ids: [Int], idsShape: [Int]) throws(TensorError) -> Tensor {
        guard rank == 2 else { throw TensorError("an embedding table is 2-D, got \(TensorError.describe(shape))") }
        guard idsShape.elementCount == ids.count else { throw TensorError("\(ids.count) ids do not fill \(TensorError.describe(idsShape))") }
        let picked = try indexSelect(axis: 0, ids)
        return try picked.reshaped(idsShape + [shape[1]])
    }
}
