/// Matrix products: 2-D, batched 3-D, and the fused dense-layer product `x·Wᵀ + b`.
extension Tensor {
    /// The matrix product `a @ b`: `[m, k] @ [k, n] → [m, n]`, or batched
    /// `[B, m, k] @ [B, k, n] → [B, m, n]` (a 2-D right operand is shared by the batch).
    public func matmul(_ other: Tensor) throws(TensorError) -> Tensor {
        let a = self, b = other
        let batch: Int, m: Int, k: Int, n: Int, bBatched: Bool
        switch (a.rank, b.rank) {
        case (2, 2):
            (batch, m, k, n, bBatched) = (1, a.shape[0], a.shape[1], b.shape[1], false)
            guard b.shape[0] == k else { throw mismatch(a, b) }
        case (3, 3):
            (batch, m, k, n, bBatched) = (a.shape[0], a.shape[1], a.shape[2], b.shape[2], true)
            guard b.shape[0] == batch, b.shape[1] == k else { throw mismatch(a, b) }
        case (3, 2):
            (batch, m, k, n, bBatched) = (a.shape[0], a.shape[1], a.shape[2], b.shape[1], false)
            guard b.shape[0] == k else { throw mismatch(a, b) }
        default:
            throw TensorError("matrix product needs 2-D or 3-D operands, got \(TensorError.describe(a.shape)) @ \(TensorError.describe(b.shape))")
        }
        let outShape = a.rank == 3 ? [batch, m, n] : [m, n]
        var out = [Float](repeating: 0, count: batch * m * n)
        Self.batchedProduct(batch: batch, m: m, n: n, k: k, a: a.data, transposeA: false, aStride: m * k,
                            b: b.data, transposeB: false, bStride: bBatched ? k * n : 0, into: &out, accumulate: false)
        return Tensor(shape: outShape, data: out, op: "@", inputs: [a, b]) { result in
            guard let g = result.grad else { return }
            let x = result.inputs[0], y = result.inputs[1]
            if x.requiresGrad {  // dA = dC · Bᵀ
                var ga = [Float](repeating: 0, count: x.count)
                Self.batchedProduct(batch: batch, m: m, n: k, k: n, a: g, transposeA: false, aStride: m * n,
                                    b: y.data, transposeB: true, bStride: bBatched ? k * n : 0, into: &ga, accumulate: false)
                x.accumulateGrad(ga)
            }
            if y.requiresGrad {  // dB = Aᵀ · dC (summed over the batch when B is shared)
                var gb = [Float](repeating: 0, count: y.count)
                Self.batchedProduct(batch: batch, m: k, n: n, k: m, a: x.data, transposeA: true, aStride: m * k,
                                    b: g, transposeB: false, bStride: m * n, into: &gb, accumulate: !bBatched,
                                    outStride: bBatched ? k * n : 0)
                y.accumulateGrad(gb)
            }
        }
    }

    /// The dense-layer product `x · Wᵀ + b` for `x[..., in]`, `W[out, in]`, `b[out]`, as one
    /// recorded operation: `[B, in] → [B, out]`, `[B, T, in] → [B, T, out]`, and so on for any
    /// rank ≥ 2. Every leading axis counts as rows: the values are contiguous, so `[B, T, in]`
    /// is the same product as `[B·T, in]`.
    public static func linear(_ x: Tensor, weight: Tensor, bias: Tensor?) throws(TensorError) -> Tensor {
        guard x.rank >= 2, weight.rank == 2, x.shape[x.rank - 1] == weight.shape[1] else {
            let width = weight.rank == 2 ? weight.shape[1] : 0
            throw TensorError("a dense layer with weights \(TensorError.describe(weight.shape)) needs input [batch, \(width)] (or [batch, …, \(width)]), got \(TensorError.describe(x.shape))")
        }
        let inputs = weight.shape[1], outputs = weight.shape[0]
        let rows = x.shape.dropLast().reduce(1, *)
        if let bias, bias.count != outputs {
            throw TensorError("bias of shape \(TensorError.describe(bias.shape)) does not match \(outputs) outputs")
        }
        var out = [Float](repeating: 0, count: rows * outputs)
        if let bias {
            out.withUnsafeMutableBufferPointer { o in
                bias.data.withUnsafeBufferPointer { bv in
                    for r in 0..<rows { for j in 0..<outputs { o[r * outputs + j] = bv[j] } }
                }
            }
        }
        batchedProduct(batch: 1, m: rows, n: outputs, k: inputs, a: x.data, transposeA: false, aStride: 0,
                       b: weight.data, transposeB: true, bStride: 0, into: &out, accumulate: true)
        let inputsList = bias.map { [x, weight, $0] } ?? [x, weight]
        return Tensor(shape: x.shape.dropLast() + [outputs], data: out, op: "linear", inputs: inputsList) { result in
            guard let g = result.grad else { return }
            let x = result.inputs[0], w = result.inputs[1]
            if x.requiresGrad {  // dx = g · W
                var gx = [Float](repeating: 0, count: x.count)
                batchedProduct(batch: 1, m: rows, n: inputs, k: outputs, a: g, transposeA: false, aStride: 0,
                               b: w.data, transposeB: false, bStride: 0, into: &gx, accumulate: false)
                x.accumulateGrad(gx)
            }
            if w.requiresGrad {  // dW = gᵀ · x
                var gw = w.grad ?? [Float](repeating: 0, count: w.count)
                w.grad = nil
                batchedProduct(batch: 1, m: outputs, n: inputs, k: rows, a: g, transposeA: true, aStride: 0,
                               b: x.data, transposeB: false, bStride: 0, into: &gw, accumulate: true)
                w.grad = gw
            }
            if result.inputs.count == 3, result.inputs[2].requiresGrad {  // db = Σ rows of g
                let b = result.inputs[2]
                b.withGrad { gb in
                    g.withUnsafeBufferPointer { pg in
                        for r in 0..<rows { for j in 0..<outputs { gb[j] += pg[r * outputs + j] } }
                    }
                }
            }
        }
    }

    /// Runs `Gemm.multiply` over a batch of matrices held back to back.
    static func batchedProduct(
        batch: Int, m: Int, n: Int, k: Int,
        a: [Float], transposeA: Bool, aStride: Int,
        b: [Float], transposeB: Bool, bStride: Int,
        into c: inout [Float], accumulate: Bool, outStride: Int? = nil
    ) {
        let cStride = outStride ?? m * n
        guard m > 0, n > 0, k > 0 else { return }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    guard let a0 = pa.baseAddress, let b0 = pb.baseAddress, let c0 = pc.baseAddress else { return }
                    for i in 0..<batch {
                        // When outputs share one buffer (cStride 0), every batch adds into it.
                        let acc = accumulate || (cStride == 0 && i > 0)
                        Gemm.multiply(m: m, n: n, k: k, a: a0 + i * aStride, transposeA: transposeA,
                                      b: b0 + i * bStride, transposeB: transposeB, c: c0 + i * cStride, accumulate: acc)
                    }
                }
            }
        }
    }

    func mismatch(_ a: Tensor, _ b: Tensor) -> TensorError {
        TensorError("matrix product \(TensorError.describe(a.shape)) @ \(TensorError.describe(b.shape)): inner sizes must agree")
    }
}
