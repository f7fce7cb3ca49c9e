import CKernels

/// A gated recurrent unit over a whole sequence, in the seed's form, as one recorded operation
/// with its backpropagation through time written out by hand.
///
/// The seed's equations, for t = 1 … T with h_0 = 0, where [h, x] joins two vectors:
///
///     z_t = σ(W_z [h_{t−1}, x_t] + b_z)                 update gate
///     r_t = σ(W_r [h_{t−1}, x_t] + b_r)                 reset gate
///     h̃_t = tanh(W [r_t ⊙ h_{t−1}, x_t] + b)            candidate
///     h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t
///
/// `W_z`, `W_r` and `W` are each `[H, H + F]`: their first H columns multiply the hidden
/// state, the last F the input, as [h, x] is joined. Note that z here is the share of the *new*
/// candidate; PyTorch's GRU names the opposite share z (h_t = (1 − z) ⊙ h̃ + z ⊙ h_{t−1}), so
/// its update gate is 1 − this one. nnlab keeps the seed's convention.
///
/// Inside, the x-columns' products for every step are computed at once; each step then adds
/// the h-columns' products with one matrix product for the whole batch per equation.
extension Tensor {
    /// A GRU run over every step of `x`, returning every step's hidden state.
    ///
    /// - Parameters:
    ///   - x: the inputs `[B, T, F]`: B sequences of T steps of F features.
    ///   - wz: the update gate's weights `W_z [H, H + F]` (hidden columns first), `bz` its bias `[H]`.
    ///   - wr: the reset gate's weights `W_r [H, H + F]`, `br` its bias `[H]`.
    ///   - w: the candidate's weights `W [H, H + F]`, `b` its bias `[H]`.
    ///   - probe: if given, records z, r, h̃ and h `[B, T, H]` and, on the backward pass,
    ///     ‖∂L/∂h_t‖ for every step (see `SequenceProbe`).
    /// - Returns: h_1 … h_T as `[B, T, H]`.
    public static func gruSequence(_ x: Tensor, updateWeights wz: Tensor, updateBias bz: Tensor,
                                   resetWeights wr: Tensor, resetBias br: Tensor,
                                   candidateWeights w: Tensor, candidateBias b: Tensor,
                                   probe: SequenceProbe? = nil) throws(TensorError) -> Tensor {
        guard x.rank == 3 else {
            throw TensorError("a GRU reads sequences [batch, steps, features], got \(TensorError.describe(x.shape))")
        }
        let (batch, steps, features) = (x.shape[0], x.shape[1], x.shape[2])
        guard wz.rank == 2, wz.shape[0] > 0, wz.shape[1] == wz.shape[0] + features else {
            throw TensorError("GRU update weights must be [hidden, hidden + \(features)] (hidden columns first), got \(TensorError.describe(wz.shape))")
        }
        let hidden = wz.shape[0]
        for (name, weights) in [("reset", wr), ("candidate", w)] where weights.shape != wz.shape {
            throw TensorError("GRU \(name) weights must be [\(hidden), \(hidden + features)] like the update weights, got \(TensorError.describe(weights.shape))")
        }
        for (name, bias) in [("update", bz), ("reset", br), ("candidate", b)] where bias.shape != [hidden] {
            throw TensorError("GRU \(name) bias must be [\(hidden)], got \(TensorError.describe(bias.shape))")
        }
        let kernel = GRUKernel(batch: batch, steps: steps, features: features, hidden: hidden,
                               x: x.data, wz: wz.data, bz: bz.data, wr: wr.data, br: br.data, w: w.data, b: b.data)
        kernel.forward()
        let states = kernel.hiddenStates()
        if let probe { kernel.record(into: probe, hiddenStates: states) }
        return Tensor(shape: [batch, steps, hidden], data: states.data, op: "gru", inputs: [x, wz, bz, wr, br, w, b]) { result in
            guard let gradient = result.grad else { return }
            let gradients = kernel.backward(gradient, wanted: result.inputs.map(\.requiresGrad), probe: probe)
            for (input, g) in zip(result.inputs, gradients) where input.requiresGrad { input.accumulateGrad(g) }
        }
    }
}

/// The GRU's forward and backward passes on raw time-major buffers (see `gruSequence`).
/// The two gates share one block, rows `[z | r]`; the candidate has its own.
final class GRUKernel {
    let batch: Int, steps: Int, features: Int, hidden: Int
    /// The inputs, time-major `[T, B, F]`.
    let xs: FloatBuffer
    /// The gates' weights split by columns and stacked z over r: the h-columns `[2H, H]` and
    /// x-columns `[2H, F]` (for the backward pass) and their transposes (for the forward).
    let gateH: FloatBuffer, gateX: FloatBuffer, gateHT: FloatBuffer, gateXT: FloatBuffer
    /// The candidate's weights split the same way: `[H, H]`, `[H, F]` and transposes.
    let candidateH: FloatBuffer, candidateX: FloatBuffer, candidateHT: FloatBuffer, candidateXT: FloatBuffer
    /// `[b_z | b_r]` and b.
    let gateBias: FloatBuffer, candidateBias: FloatBuffer
    /// z_t and r_t, time-major `[T, B, 2H]`, row `[z | r]`.
    let gates: FloatBuffer
    /// h̃_t, `[T, B, H]`.
    let candidates: FloatBuffer
    /// r_t ⊙ h_{t−1}, `[T, B, H]`.
    let resetHiddens: FloatBuffer
    /// h_0 … h_T, `[T + 1, B, H]` (h_0 = 0).
    let hiddens: FloatBuffer

    init(batch: Int, steps: Int, features: Int, hidden: Int,
         x: [Float], wz: [Float], bz: [Float], wr: [Float], br: [Float], w: [Float], b: [Float]) {
        (self.batch, self.steps, self.features, self.hidden) = (batch, steps, features, hidden)
        let (H, F) = (hidden, features)
        let rows = steps * batch
        xs = SequenceLayout.timeMajor(x, batch: batch, steps: steps, width: F)
        // Split each [H, H + F] matrix into its h-columns and x-columns.
        func columns(_ m: [Float], _ range: Range<Int>) -> [Float] {
            (0..<H).flatMap { r in m[(r * (H + F) + range.lowerBound)..<(r * (H + F) + range.upperBound)] }
        }
        gateH = FloatBuffer(columns(wz, 0..<H) + columns(wr, 0..<H))
        gateX = FloatBuffer(columns(wz, H..<(H + F)) + columns(wr, H..<(H + F)))
        candidateH = FloatBuffer(columns(w, 0..<H))
        candidateX = FloatBuffer(columns(w, H..<(H + F)))
        gateHT = SequenceLayout.transposed(gateH.base, rows: 2 * H, columns: H, sourceWidth: H)
        gateXT = SequenceLayout.transposed(gateX.base, rows: 2 * H, columns: F, sourceWidth: F)
        candidateHT = SequenceLayout.transposed(candidateH.base, rows: H, columns: H, sourceWidth: H)
        candidateXT = SequenceLayout.transposed(candidateX.base, rows: H, columns: F, sourceWidth: F)
        gateBias = FloatBuffer(bz + br)
        candidateBias = FloatBuffer(b)
        gates = FloatBuffer(count: rows * 2 * H, zeroed: false)
        candidates = FloatBuffer(count: rows * H, zeroed: false)
        resetHiddens = FloatBuffer(count: rows * H, zeroed: false)
        hiddens = SequenceLayout.statesBuffer(steps: steps, batch: batch, width: H)
    }

    /// Runs the equations for t = 1 … T.
    func forward() {
        let (B, H, F) = (batch, hidden, features)
        // The x-columns' products and the biases for every step at once.
        SequenceLayout.fillRows(gates.base, rows: steps * B, with: gateBias.base, columns: 2 * H)
        SequenceLayout.multiply(m: steps * B, n: 2 * H, k: F, xs.base, gateXT.base, into: gates.base, accumulate: true)
        SequenceLayout.fillRows(candidates.base, rows: steps * B, with: candidateBias.base, columns: H)
        SequenceLayout.multiply(m: steps * B, n: H, k: F, xs.base, candidateXT.base, into: candidates.base, accumulate: true)
        for t in 0..<steps {
            let gate = gates.at(t * B * 2 * H), candidate = candidates.at(t * B * H), resetHidden = resetHiddens.at(t * B * H)
            let hPrevious = hiddens.at(t * B * H), h = hiddens.at((t + 1) * B * H)
            // + the h-columns times h_{t−1}, for both gates in one product (h_0 = 0 adds nothing)
            if t > 0 { SequenceLayout.multiply(m: B, n: 2 * H, k: H, hPrevious, gateHT.base, into: gate, accumulate: true) }
            VectorMath.sigmoid(gate, rows: 1, columns: B * 2 * H, stride: B * 2 * H)   // z_t = σ(·), r_t = σ(·)
            nnlab_gru_reset_hidden(B, H, gate, hPrevious, resetHidden)                  // r_t ⊙ h_{t−1}
            // + W's h-columns times r_t ⊙ h_{t−1}
            if t > 0 { SequenceLayout.multiply(m: B, n: H, k: H, resetHidden, candidateHT.base, into: candidate, accumulate: true) }
            VectorMath.tanh(candidate, rows: 1, columns: B * H, stride: B * H)          // h̃_t = tanh(·)
            nnlab_gru_cell_forward(B, H, gate, candidate, hPrevious, h)                 // h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t
        }
    }

    /// h_1 … h_T, batch-major `[B, T, H]`.
    func hiddenStates() -> Tensor {
        SequenceLayout.batchMajorTensor(hiddens.at(batch * hidden), batch: batch, steps: steps, width: hidden, rowWidth: hidden)
    }

    /// Records z, r, h̃ and h (`hiddenStates`) `[B, T, H]` in `probe`.
    func record(into probe: SequenceProbe, hiddenStates: Tensor) {
        probe.reset()
        probe.record(.updateGate, SequenceLayout.batchMajorTensor(gates.base, batch: batch, steps: steps, width: hidden,
                                                                  rowWidth: 2 * hidden))
        probe.record(.resetGate, SequenceLayout.batchMajorTensor(gates.base, batch: batch, steps: steps, width: hidden,
                                                                 rowWidth: 2 * hidden, offset: hidden))
        probe.record(.candidateHidden, SequenceLayout.batchMajorTensor(candidates.base, batch: batch, steps: steps,
                                                                       width: hidden, rowWidth: hidden))
        probe.record(.hidden, hiddenStates)
    }

    /// Backpropagation through time: from ∂L/∂h_t for every step (`outputGradient`,
    /// batch-major `[B, T, H]`) to the gradients of x, W_z, b_z, W_r, b_r, W, b, in that order
    /// (empty for those not `wanted`).
    func backward(_ outputGradient: [Float], wanted: [Bool], probe: SequenceProbe?) -> [[Float]] {
        let (B, H, F) = (batch, hidden, features)
        let rows = steps * B
        let dGates = FloatBuffer(count: rows * 2 * H, zeroed: false)    // ∂L/∂ the pre-activations of z and r
        let dCandidates = FloatBuffer(count: rows * H, zeroed: false)   // ∂L/∂ the candidate's pre-activation
        let dh = FloatBuffer(count: B * H)                              // ∂L/∂h_t
        var dhNext = FloatBuffer(count: B * H)                          // the part of ∂L/∂h_t sent back by step t + 1
        var dhPrevious = FloatBuffer(count: B * H)                      // ∂L/∂h_{t−1}, built up during step t
        let dResetHidden = FloatBuffer(count: B * H)                    // ∂L/∂(r_t ⊙ h_{t−1})
        var norms = [Float](repeating: 0, count: probe == nil ? 0 : steps)
        outputGradient.withUnsafeBufferPointer { gOut in
            guard let gOut = gOut.baseAddress else { return }
            for t in stride(from: steps - 1, through: 0, by: -1) {
                let gate = gates.at(t * B * 2 * H), dGate = dGates.at(t * B * 2 * H)
                let candidate = candidates.at(t * B * H), dCandidate = dCandidates.at(t * B * H)
                let hPrevious = hiddens.at(t * B * H)
                // ∂L/∂h_t = the output's gradient at t + what step t + 1 sent back; through
                // h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t: to z_t, h̃_t and h_{t−1}
                nnlab_gru_cell_backward_update(B, H, gate, candidate, hPrevious, gOut + t * H, steps * H,
                                               dhNext.base, dh.base, dGate, dCandidate, dhPrevious.base)
                if probe != nil { norms[t] = SequenceLayout.norm(dh.base, count: B * H) }
                // h̃_t = tanh(W [r_t ⊙ h_{t−1}, x_t] + b): ∂L/∂(r_t ⊙ h_{t−1}) = dCandidate · W's h-columns
                SequenceLayout.multiply(m: B, n: H, k: H, dCandidate, candidateH.base, into: dResetHidden.base, accumulate: false)
                // … then to r_t and h_{t−1}
                nnlab_gru_cell_backward_reset(B, H, gate, hPrevious, dResetHidden.base, dGate, dhPrevious.base)
                // z_t and r_t read h_{t−1} through their h-columns: ∂L/∂h_{t−1} += dGate · [W_z; W_r]'s h-columns
                if t > 0 {
                    SequenceLayout.multiply(m: B, n: H, k: 2 * H, dGate, gateH.base, into: dhPrevious.base, accumulate: true)
                }
                swap(&dhNext, &dhPrevious)
            }
        }
        probe?.recordGradientNorms(norms)
        // Σ over steps and examples, each as one product over all T·B rows.
        var dX: [Float] = [], dWz: [Float] = [], dBz: [Float] = [], dWr: [Float] = [], dBr: [Float] = []
        var dW: [Float] = [], dB: [Float] = []
        if wanted[1] || wanted[3] {
            // ∂L/∂[W_z; W_r] = Σ_t dGate_tᵀ [h_{t−1}, x_t] (h and x read in place, transposed)
            let fromH = FloatBuffer(count: H * 2 * H, zeroed: false), fromX = FloatBuffer(count: F * 2 * H, zeroed: false)
            SequenceLayout.multiply(m: H, n: 2 * H, k: rows, hiddens.base, transposeA: true, dGates.base, into: fromH.base, accumulate: false)
            SequenceLayout.multiply(m: F, n: 2 * H, k: rows, xs.base, transposeA: true, dGates.base, into: fromX.base, accumulate: false)
            func gradient(gateOffset: Int) -> [Float] {
                var g = [Float](repeating: 0, count: H * (H + F))
                g.withUnsafeMutableBufferPointer { g in
                    guard let g = g.baseAddress else { return }
                    SequenceLayout.addTransposed(fromH.base, rows: H, columns: H, sourceWidth: 2 * H, sourceOffset: gateOffset,
                                                 into: g, destinationWidth: H + F)
                    SequenceLayout.addTransposed(fromX.base, rows: F, columns: H, sourceWidth: 2 * H, sourceOffset: gateOffset,
                                                 into: g, destinationWidth: H + F, destinationOffset: H)
                }
                return g
            }
            if wanted[1] { dWz = gradient(gateOffset: 0) }
            if wanted[3] { dWr = gradient(gateOffset: H) }
        }
        if wanted[2] || wanted[4] {
            let sums = SequenceLayout.columnSums(of: dGates.base, rows: rows, columns: 2 * H)
            dBz = Array(sums[0..<H])
            dBr = Array(sums[H..<(2 * H)])
        }
        if wanted[5] {
            // ∂L/∂W = Σ_t dCandidate_tᵀ [r_t ⊙ h_{t−1}, x_t]
            let fromH = FloatBuffer(count: H * H, zeroed: false), fromX = FloatBuffer(count: F * H, zeroed: false)
            SequenceLayout.multiply(m: H, n: H, k: rows, resetHiddens.base, transposeA: true, dCandidates.base, into: fromH.base, accumulate: false)
            SequenceLayout.multiply(m: F, n: H, k: rows, xs.base, transposeA: true, dCandidates.base, into: fromX.base, accumulate: false)
            dW = [Float](repeating: 0, count: H * (H + F))
            dW.withUnsafeMutableBufferPointer { g in
                guard let g = g.baseAddress else { return }
                SequenceLayout.addTransposed(fromH.base, rows: H, columns: H, sourceWidth: H, into: g, destinationWidth: H + F)
                SequenceLayout.addTransposed(fromX.base, rows: F, columns: H, sourceWidth: H, into: g,
                                             destinationWidth: H + F, destinationOffset: H)
            }
        }
        if wanted[6] { dB = SequenceLayout.columnSums(of: dCandidates.base, rows: rows, columns: H) }
        if wanted[0] {  // ∂L/∂x_t = dGate_t · [W_z; W_r]'s x-columns + dCandidate_t · W's x-columns
            let dxs = FloatBuffer(count: rows * F, zeroed: false)
            SequenceLayout.multiply(m: rows, n: F, k: 2 * H, dGates.base, gateX.base, into: dxs.base, accumulate: false)
            SequenceLayout.multiply(m: rows, n: F, k: H, dCandidates.base, candidateX.base, into: dxs.base, accumulate: true)
            dX = SequenceLayout.batchMajorTensor(dxs.base, batch: B, steps: steps, width: F, rowWidth: F).data
        }
        return [dX, dWz, dBz, dWr, dBr, dW, dB]
    }
}
