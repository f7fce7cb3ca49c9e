/// Moving sequence values between the layouts the fused sequence kernels use.
///
/// Tensors hold sequences **batch-major**, `[B, T, W]`: example b's steps one after another.
/// The kernels work **time-major**, `[T, B, W]`: step t's rows for the whole batch are
/// contiguous, so each step's matrix product reads and writes one block.
enum SequenceLayout {
    /// Copies batch-major `source[b, t, :]` (`[B, T, width]`) to time-major
    /// `destination[t, b, :]` (`[T, B, width]`).
    static func toTimeMajor(_ source: UnsafePointer<Float>, batch: Int, steps: Int, width: Int,
                            into destination: UnsafeMutablePointer<Float>) {
        for b in 0..<batch {
            for t in 0..<steps {
                (destination + (t * batch + b) * width).update(from: source + (b * steps + t) * width, count: width)
            }
        }
    }

    /// A buffer for the states s_0 … s_T of a recurrence, time-major `[T + 1, B, width]`, with
    /// s_0 = 0 (the rest is written by the forward pass).
    static func statesBuffer(steps: Int, batch: Int, width: Int) -> FloatBuffer {
        let states = FloatBuffer(count: (steps + 1) * batch * width, zeroed: false)
        states.base.update(repeating: 0, count: batch * width)
        return states
    }

    /// Batch-major `values` (`[B, T, width]`) as a new time-major buffer `[T, B, width]`.
    static func timeMajor(_ values: [Float], batch: Int, steps: Int, width: Int) -> FloatBuffer {
        let result = FloatBuffer(count: batch * steps * width, zeroed: false)
        values.withUnsafeBufferPointer { source in
            if let start = source.baseAddress {
                toTimeMajor(start, batch: batch, steps: steps, width: width, into: result.base)
            }
        }
        return result
    }

    /// A batch-major tensor `[B, T, width]` of the columns `offset ..< offset + width` of
    /// time-major rows of `rowWidth` values (row t·B + b holds step t of example b).
    static func batchMajorTensor(_ source: UnsafePointer<Float>, batch: Int, steps: Int, width: Int,
                                 rowWidth: Int, offset: Int = 0) -> Tensor {
        let values = [Float](unsafeUninitializedCapacity: batch * steps * width) { out, initialized in
            guard let destination = out.baseAddress else { initialized = 0; return }
            for b in 0..<batch {
                for t in 0..<steps {
                    (destination + (b * steps + t) * width)
                        .initialize(from: source + (t * batch + b) * rowWidth + offset, count: width)
                }
            }
            initialized = batch * steps * width
        }
        return Tensor(shape: [batch, steps, width], data: values)
    }

    /// The Euclidean norm of `count` values, summed in order in double precision.
    static func norm(_ values: UnsafePointer<Float>, count: Int) -> Float {
        var total: Double = 0
        for i in 0..<count { let v = Double(values[i]); total += v * v }
        return Float(total.squareRoot())
    }

    /// `destination[row, :] = values` for `rows` rows of `columns` values: the first row
    /// copied from `values`, then the filled rows doubled until every row is (a dozen copies
    /// for a thousand rows rather than a thousand).
    static func fillRows(_ destination: UnsafeMutablePointer<Float>, rows: Int, with values: UnsafePointer<Float>, columns: Int) {
        guard rows > 0 else { return }
        destination.update(from: values, count: columns)
        var filled = 1
        while filled < rows {
            let more = Swift.min(filled, rows - filled)
            (destination + filled * columns).update(from: destination, count: more * columns)
            filled += more
        }
    }

    /// `Σ_r source[r, j]` for the `columns` columns of a `rows × columns` block, rows added in
    /// order: the product of a row of ones with the block, so the matrix kernel's vectors do it.
    static func columnSums(of source: UnsafeMutablePointer<Float>, rows: Int, columns: Int) -> [Float] {
        let ones = FloatBuffer(count: rows, zeroed: false)
        ones.base.update(repeating: 1, count: rows)
        return [Float](unsafeUninitializedCapacity: columns) { out, initialized in
            if let out = out.baseAddress { multiply(m: 1, n: columns, k: rows, ones.base, source, into: out, accumulate: false) }
            initialized = columns
        }
    }

    /// The transpose of a `rows × columns` block, as an array `[columns, rows]`. Weight
    /// gradients come out of the products transposed; this puts them in the weights' layout.
    static func transposedArray(_ source: UnsafePointer<Float>, rows: Int, columns: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: rows * columns) { out, initialized in
            if let out = out.baseAddress { Gemm.transpose(source, rows: rows, columns: columns, into: out) }
            initialized = rows * columns
        }
    }

    /// `destination[c, destinationOffset + r] += source[r, sourceOffset + c]` for `r < rows`,
    /// `c < columns`: adds the transpose of a block of `source` (rows of `sourceWidth`) into a
    /// block of `destination` (rows of `destinationWidth`). Weight gradients come out of the
    /// products transposed; this puts them back in the weights' layout.
    static func addTransposed(_ source: UnsafePointer<Float>, rows: Int, columns: Int, sourceWidth: Int, sourceOffset: Int = 0,
                              into destination: UnsafeMutablePointer<Float>, destinationWidth: Int, destinationOffset: Int = 0) {
        for r in 0..<rows {
            let row = source + r * sourceWidth + sourceOffset
            for c in 0..<columns { destination[c * destinationWidth + destinationOffset + r] += row[c] }
        }
    }

    /// `destination[c, r] = source[r, sourceOffset + c]`: the transpose of `columns` columns of
    /// a `rows × sourceWidth` block, as a new `[columns, rows]` buffer.
    static func transposed(_ source: UnsafePointer<Float>, rows: Int, columns: Int, sourceWidth: Int,
                           sourceOffset: Int = 0) -> FloatBuffer {
        let result = FloatBuffer(count: rows * columns, zeroed: false)
        for r in 0..<rows {
            let row = source + r * sourceWidth + sourceOffset
            for c in 0..<columns { result.base[c * rows + r] = row[c] }
        }
        return result
    }

    /// `C (+)= op(A) · B` on raw buffers, through `Gemm.multiply` (row-major; `op(A)` is
    /// `A[m×k]`, or `Aᵀ` of a stored `A[k×m]` when `transposeA`).
    @inline(__always)
    static func multiply(m: Int, n: Int, k: Int, _ a: UnsafeMutablePointer<Float>, transposeA: Bool = false,
                         _ b: UnsafeMutablePointer<Float>, into c: UnsafeMutablePointer<Float>, accumulate: Bool) {
        Gemm.multiply(m: m, n: n, k: k, a: UnsafePointer(a), transposeA: transposeA,
                      b: UnsafePointer(b), transposeB: false, c: c, accumulate: accumulate)
    }
}
