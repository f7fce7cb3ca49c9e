/// A block of floats owned by one fused operation: values its forward pass keeps for the
/// backward pass, or scratch space; freed (or kept for reuse) with its last reference.
///
/// The fused sequence kernels work on these raw blocks so that their inner loops run on
/// unsafe pointers, with no per-step arrays and no per-element allocation. Large blocks are
/// reused from one call to the next through `FloatBufferPool`.
final class FloatBuffer {
    /// The first value.
    let base: UnsafeMutablePointer<Float>
    /// The number of values.
    let count: Int

    /// `count` zeros, or, when `zeroed` is false, `count` values left as they were, which the
    /// caller must write before reading.
    init(count: Int, zeroed: Bool = true) {
        self.count = count
        base = FloatBufferPool.take(Swift.max(count, 1))
        if zeroed { base.initialize(repeating: 0, count: Swift.max(count, 1)) }
    }

    /// A copy of `values`.
    convenience init(_ values: [Float]) {
        self.init(count: values.count, zeroed: false)
        values.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { base.update(from: start, count: source.count) }
        }
    }

    deinit { FloatBufferPool.give(base, count: Swift.max(count, 1)) }

    /// The address of the value at `offset`.
    @inline(__always)
    func at(_ offset: Int) -> UnsafeMutablePointer<Float> { base + offset }
}
