import CKernels

/// Multi-head scaled dot-product attention as one recorded operation, with its derivative
/// written out by hand.
///
/// The seed's equations, for each example and each head j of d_k = D / heads columns
/// (head j uses columns j·d_k ..< (j+1)·d_k of Q, K and V):
///
///     A_j = softmax_over_keys(Q_j K_jᵀ / √d_k)       (causal: a query sees no later key)
///     O   = concat_j(A_j V_j)
///
/// The projections Q = x W_Qᵀ + b_Q (and K, V, and the output's W_O) and the residual are the
/// layer's, through `Tensor.linear`. Inside, the (example, head) pairs are computed sixteen at
/// a time, one vector operation for all sixteen: see attention.c in CKernels.
extension Tensor {
    /// Multi-head attention of queries `q` over keys `k` and values `v`.
    ///
    /// - Parameters:
    ///   - q: the queries `[B, T, D]`.
    ///   - k: the keys `[B, S, D]` (S = T for self-attention).
    ///   - v: the values `[B, S, D]`.
    ///   - heads: how many heads share the D columns; must divide D.
    ///   - causal: if true, query t attends only to keys 0 … t (a language model's mask).
    ///   - probe: if given, records the attention weights `A` `[B, heads, T, S]` (see
    ///     `SequenceProbe`); each row sums to 1.
    /// - Returns: concat_j(A_j V_j) as `[B, T, D]`.
    public static func multiHeadAttention(q: Tensor, k: Tensor, v: Tensor, heads: Int, causal: Bool = false,
                                          probe: SequenceProbe? = nil) throws(TensorError) -> Tensor {
        guard q.rank == 3, k.rank == 3, v.rank == 3 else {
            throw TensorError("attention reads queries, keys and values [batch, steps, width], got \(TensorError.describe(q.shape)), \(TensorError.describe(k.shape)) and \(TensorError.describe(v.shape))")
        }
        let (batch, queries, width) = (q.shape[0], q.shape[1], q.shape[2])
        let keys = k.shape[1]
        guard k.shape[0] == batch, k.shape[2] == width, v.shape == k.shape else {
            throw TensorError("keys \(TensorError.describe(k.shape)) and values \(TensorError.describe(v.shape)) must both be [\(batch), steps, \(width)] to match the queries \(TensorError.describe(q.shape))")
        }
        guard heads > 0, width % heads == 0 else {
            throw TensorError("\(heads) heads cannot share \(width) columns: the number of heads must divide the width")
        }
        guard keys > 0 || queries == 0 else { throw TensorError("attention needs at least one key") }
        let kernel = AttentionKernel(batch: batch, queries: queries, keys: keys, heads: heads, width: width / heads,
                                     causal: causal, q: q.data, k: k.data, v: v.data)
        let output = kernel.forward()
        if let probe {
            probe.reset()
            probe.record(.attentionWeights, kernel.weightsTensor())
        }
        return Tensor(shape: [batch, queries, width], data: output, op: "attention", inputs: [q, k, v]) { result in
            guard let gradient = result.grad else { return }
            let gradients = kernel.backward(gradient)
            for (input, g) in zip(result.inputs, gradients) where input.requiresGrad { input.accumulateGrad(g) }
        }
    }
}

/// Attention's forward and backward passes on the "blocks" layout of attention.c: the
/// (example, head) pairs p = n·heads + j sixteen at a time, block c holding rows
/// `X[position][d][l]` for pairs 16c + l.
final class AttentionKernel {
    let batch: Int, queries: Int, keys: Int, heads: Int, width: Int, causal: Bool
    /// 1/√d_k.
    let scale: Float
    /// The number of (example, head) pairs, and of blocks of 16.
    let pairs: Int, blocks: Int
    /// Q, K, V in blocks: `[blocks, T, d_k, 16]`, `[blocks, S, d_k, 16]`, `[blocks, S, d_k, 16]`.
    let q: FloatBuffer, k: FloatBuffer, v: FloatBuffer
    /// A in blocks, `[blocks, T, S, 16]`.
    let weights: FloatBuffer

    static let block = Int(NNLAB_ATTENTION_BLOCK)

    init(batch: Int, queries: Int, keys: Int, heads: Int, width: Int, causal: Bool, q: [Float], k: [Float], v: [Float]) {
        (self.batch, self.queries, self.keys, self.heads, self.width, self.causal) = (batch, queries, keys, heads, width, causal)
        scale = 1 / Float(width).squareRoot()
        pairs = batch * heads
        blocks = (pairs + Self.block - 1) / Self.block
        self.q = Self.pack(q, batch: batch, steps: queries, heads: heads, width: width, blocks: blocks)
        self.k = Self.pack(k, batch: batch, steps: keys, heads: heads, width: width, blocks: blocks)
        self.v = Self.pack(v, batch: batch, steps: keys, heads: heads, width: width, blocks: blocks)
        weights = FloatBuffer(count: blocks * queries * keys * Self.block, zeroed: false)
    }

    /// `[B, steps, heads·width]` values in blocks.
    static func pack(_ values: [Float], batch: Int, steps: Int, heads: Int, width: Int, blocks: Int) -> FloatBuffer {
        let result = FloatBuffer(count: blocks * steps * width * block, zeroed: false)
        values.withUnsafeBufferPointer { x in
            if let x = x.baseAddress { nnlab_attention_pack(batch, steps, heads, width, x, result.base) }
        }
        return result
    }

    /// Blocks back to `[B, steps, heads·width]`.
    func unpack(_ values: FloatBuffer, steps: Int) -> [Float] {
        let count = batch * steps * heads * width
        return [Float](unsafeUninitializedCapacity: count) { out, initialized in
            if let out = out.baseAddress { nnlab_attention_unpack(batch, steps, heads, width, values.base, out) }
            initialized = count
        }
    }

    /// A_j = softmax(Q_j K_jᵀ/√d_k) and O = concat_j(A_j V_j), `[B, T, D]`.
    func forward() -> [Float] {
        let out = FloatBuffer(count: blocks * queries * width * Self.block, zeroed: false)
        nnlab_attention_forward(blocks, queries, keys, width, causal ? 1 : 0, scale, q.base, k.base, v.base,
                                weights.base, out.base)
        return unpack(out, steps: queries)
    }

    /// The attention weights `[B, heads, T, S]` (pair p's block rows, transposed).
    func weightsTensor() -> Tensor {
        let (rows, block) = (queries * keys, Self.block)
        var values = [Float](repeating: 0, count: pairs * rows)
        for p in 0..<pairs {
            let source = weights.at((p / block) * rows * block + p % block)
            for r in 0..<rows { values[p * rows + r] = source[r * block] }
        }
        return Tensor(shape: [batch, heads, queries, keys], data: values)
    }

    /// From ∂L/∂O `[B, T, D]` to the gradients of q, k and v.
    func backward(_ outputGradient: [Float]) -> [[Float]] {
        let dOut = Self.pack(outputGradient, batch: batch, steps: queries, heads: heads, width: width, blocks: blocks)
        let dScores = FloatBuffer(count: weights.count, zeroed: false)
        let dq = FloatBuffer(count: q.count, zeroed: false)
        let dk = FloatBuffer(count: k.count, zeroed: false), dv = FloatBuffer(count: v.count, zeroed: false)
        nnlab_attention_backward(blocks, queries, keys, width, scale, q.base, k.base, v.base, weights.base, dOut.base,
                                 dScores.base, dq.base, dk.base, dv.base)
        return [unpack(dq, steps: queries), unpack(dk, steps: keys), unpack(dv, steps: keys)]
    }
}
