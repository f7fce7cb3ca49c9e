import CKernels

/// Long short-term memory over a whole sequence, as one recorded operation with its
/// backpropagation through time written out by hand.
///
/// The seed's equations, for t = 1 … T with h_0 = c_0 = 0:
///
///     i_t = σ(W_i x_t + U_i h_{t−1} + b_i)        input gate
///     f_t = σ(W_f x_t + U_f h_{t−1} + b_f)        forget gate
///     a_t = tanh(W_a x_t + U_a h_{t−1} + b_a)     candidate (PyTorch calls it g)
///     o_t = σ(W_o x_t + U_o h_{t−1} + b_o)        output gate
///     c_t = f_t ⊙ c_{t−1} + i_t ⊙ a_t
///     h_t = o_t ⊙ tanh(c_t)
///
/// (The seed's first line writes W_f in the input gate: a typo for W_i, each gate has its own
/// weights.) The four gates' weights are stacked in one matrix, rows in the order i, f, a, o:
/// `W [4H, F]`, `U [4H, H]`, `b [4H]`, PyTorch's layout (with one bias per gate row).
///
/// Inside, one matrix product computes W x_t + b for every step at once; each step then adds
/// U h_{t−1} with one product for the whole batch and applies the rest value by value.
extension Tensor {
    /// An LSTM run over every step of `x`, returning every step's hidden state.
    ///
    /// - Parameters:
    ///   - x: the inputs `[B, T, F]`: B sequences of T steps of F features.
    ///   - w: the input weights `W [4H, F]`, gate rows i, f, a, o (rows 0 ..< H are W_i…).
    ///   - u: the recurrent weights `U [4H, H]`, the same gate rows.
    ///   - b: the biases `[4H]`, the same gate rows.
    ///   - probe: if given, records i, f, a, o, c and h `[B, T, H]` and, on the backward
    ///     pass, ‖∂L/∂h_t‖ for every step (see `SequenceProbe`).
    /// - Returns: h_1 … h_T as `[B, T, H]`.
    public static func lstmSequence(_ x: Tensor, inputWeights w: Tensor, recurrentWeights u: Tensor, bias b: Tensor,
                                    probe: SequenceProbe? = nil) throws(TensorError) -> Tensor {
        guard x.rank == 3 else {
            throw TensorError("an LSTM reads sequences [batch, steps, features], got \(TensorError.describe(x.shape))")
        }
        let (batch, steps, features) = (x.shape[0], x.shape[1], x.shape[2])
        guard w.rank == 2, w.shape[0] % 4 == 0, w.shape[0] > 0, w.shape[1] == features else {
            throw TensorError("LSTM input weights must be [4·hidden, \(features)] (gate rows i, f, a, o), got \(TensorError.describe(w.shape))")
        }
        let hidden = w.shape[0] / 4
        guard u.shape == [4 * hidden, hidden] else {
            throw TensorError("LSTM recurrent weights must be [\(4 * hidden), \(hidden)], got \(TensorError.describe(u.shape))")
        }
        guard b.shape == [4 * hidden] else {
            throw TensorError("LSTM biases must be [\(4 * hidden)], got \(TensorError.describe(b.shape))")
        }
        let kernel = LSTMKernel(batch: batch, steps: steps, features: features, hidden: hidden,
                                x: x.data, w: w.data, u: u.data, b: b.data)
        kernel.forward()
        let states = kernel.hiddenStates()
        if let probe { kernel.record(into: probe, hiddenStates: states) }
        return Tensor(shape: [batch, steps, hidden], data: states.data, op: "lstm", inputs: [x, w, u, b]) { result in
            guard let gradient = result.grad else { return }
            let wanted = result.inputs.map(\.requiresGrad)
            let gradients = kernel.backward(gradient, wanted: wanted, probe: probe)
            for (input, g) in zip(result.inputs, gradients) where input.requiresGrad { input.accumulateGrad(g) }
        }
    }
}

/// The LSTM's forward and backward passes on raw time-major buffers (see `lstmSequence`).
/// Gate rows inside a step's block are laid out as in W: `[i | f | a | o]`, H values each.
final class LSTMKernel {
    let batch: Int, steps: Int, features: Int, hidden: Int
    /// The inputs, time-major `[T, B, F]`.
    let xs: FloatBuffer
    /// W `[4H, F]` and U `[4H, H]` as given (for the backward pass), and Wᵀ `[F, 4H]`,
    /// Uᵀ `[H, 4H]` (for the forward products), and b `[4H]`.
    let w: FloatBuffer, u: FloatBuffer, wT: FloatBuffer, uT: FloatBuffer, b: FloatBuffer
    /// The gates after their activations, time-major `[T, B, 4H]`: row t·B + n holds
    /// `[i_t | f_t | a_t | o_t]` of example n.
    let gates: FloatBuffer
    /// c_0 … c_T and h_0 … h_T, time-major `[T + 1, B, H]` (c_0 = h_0 = 0).
    let cells: FloatBuffer, hiddens: FloatBuffer
    /// tanh(c_1) … tanh(c_T), `[T, B, H]`.
    let tanhCells: FloatBuffer

    init(batch: Int, steps: Int, features: Int, hidden: Int, x: [Float], w: [Float], u: [Float], b: [Float]) {
        (self.batch, self.steps, self.features, self.hidden) = (batch, steps, features, hidden)
        let rows = steps * batch
        xs = SequenceLayout.timeMajor(x, batch: batch, steps: steps, width: features)
        self.w = FloatBuffer(w)
        self.u = FloatBuffer(u)
        self.b = FloatBuffer(b)
        wT = SequenceLayout.transposed(self.w.base, rows: 4 * hidden, columns: features, sourceWidth: features)
        uT = SequenceLayout.transposed(self.u.base, rows: 4 * hidden, columns: hidden, sourceWidth: hidden)
        gates = FloatBuffer(count: rows * 4 * hidden, zeroed: false)
        cells = SequenceLayout.statesBuffer(steps: steps, batch: batch, width: hidden)
        hiddens = SequenceLayout.statesBuffer(steps: steps, batch: batch, width: hidden)
        tanhCells = FloatBuffer(count: rows * hidden, zeroed: false)
    }

    /// Runs the equations for t = 1 … T.
    func forward() {
        let (B, H, G) = (batch, hidden, 4 * hidden)  // G: the width of a row of the four gates
        // W x_t + b for every step at once: every row starts as b, then one product adds x·Wᵀ.
        SequenceLayout.fillRows(gates.base, rows: steps * B, with: b.base, columns: G)
        SequenceLayout.multiply(m: steps * B, n: G, k: features, xs.base, wT.base, into: gates.base, accumulate: true)
        for t in 0..<steps {
            let gate = gates.at(t * B * G)  // this step's [B, 4H] block: [i | f | a | o] per example
            let hPrevious = hiddens.at(t * B * H), cPrevious = cells.at(t * B * H)
            let h = hiddens.at((t + 1) * B * H), c = cells.at((t + 1) * B * H), tanhC = tanhCells.at(t * B * H)
            // + U h_{t−1}, one product for the batch (h_0 = 0 adds nothing)
            if t > 0 { SequenceLayout.multiply(m: B, n: G, k: H, hPrevious, uT.base, into: gate, accumulate: true) }
            VectorMath.sigmoid(gate, rows: B, columns: 2 * H, stride: G)        // i_t = σ(·), f_t = σ(·)
            VectorMath.tanh(gate + 2 * H, rows: B, columns: H, stride: G)      // a_t = tanh(·)
            VectorMath.sigmoid(gate + 3 * H, rows: B, columns: H, stride: G)   // o_t = σ(·)
            // c_t = f_t ⊙ c_{t−1} + i_t ⊙ a_t,  h_t = o_t ⊙ tanh(c_t)   (recurrent_cells.c)
            nnlab_lstm_cell_forward(B, H, gate, cPrevious, c, tanhC, h)
        }
    }

    /// h_1 … h_T, batch-major `[B, T, H]`.
    func hiddenStates() -> Tensor {
        SequenceLayout.batchMajorTensor(hiddens.at(batch * hidden), batch: batch, steps: steps, width: hidden, rowWidth: hidden)
    }

    /// Records i, f, a, o, c and h (`hiddenStates`) `[B, T, H]` in `probe`.
    func record(into probe: SequenceProbe, hiddenStates: Tensor) {
        probe.reset()
        let names: [SequenceProbe.Name] = [.inputGate, .forgetGate, .candidate, .outputGate]
        for (k, name) in names.enumerated() {
            probe.record(name, SequenceLayout.batchMajorTensor(gates.base, batch: batch, steps: steps, width: hidden,
                                                               rowWidth: 4 * hidden, offset: k * hidden))
        }
        probe.record(.cell, SequenceLayout.batchMajorTensor(cells.at(batch * hidden), batch: batch, steps: steps,
                                                            width: hidden, rowWidth: hidden))
        probe.record(.hidden, hiddenStates)
    }

    /// Backpropagation through time: from ∂L/∂h_t for every step (`outputGradient`,
    /// batch-major `[B, T, H]`) to the gradients of x, W, U and b, in that order (empty for
    /// those not `wanted`).
    func backward(_ outputGradient: [Float], wanted: [Bool], probe: SequenceProbe?) -> [[Float]] {
        let (B, H, G) = (batch, hidden, 4 * hidden)
        let rows = steps * B
        // ∂L/∂(the gates' pre-activations) at every step, [T, B, 4H] like `gates`.
        let dGates = FloatBuffer(count: rows * G, zeroed: false)
        let dh = FloatBuffer(count: B * H)       // ∂L/∂h_t
        let dhNext = FloatBuffer(count: B * H)   // the part of ∂L/∂h_t sent back by step t + 1
        let dc = FloatBuffer(count: B * H)       // ∂L/∂c_t; before step t, the part sent back by step t + 1
        var norms = [Float](repeating: 0, count: probe == nil ? 0 : steps)
        outputGradient.withUnsafeBufferPointer { gOut in
            guard let gOut = gOut.baseAddress else { return }
            for t in stride(from: steps - 1, through: 0, by: -1) {
                let gate = gates.at(t * B * G), dGate = dGates.at(t * B * G)
                // ∂L/∂h_t = the output's gradient at t + what step t + 1 sent back; then, through
                // h_t = o_t ⊙ tanh(c_t) and c_t = f_t ⊙ c_{t−1} + i_t ⊙ a_t, ∂L/∂ each gate's
                // pre-activation (dGate) and ∂L/∂c_{t−1} (into dc)   (recurrent_cells.c)
                nnlab_lstm_cell_backward(B, H, gate, cells.at(t * B * H), tanhCells.at(t * B * H),
                                         gOut + t * H, steps * H, dhNext.base, dh.base, dc.base, dGate)
                if probe != nil { norms[t] = SequenceLayout.norm(dh.base, count: B * H) }
                // The pre-activations were W x_t + U h_{t−1} + b: ∂L/∂h_{t−1} = dGate · U
                if t > 0 { SequenceLayout.multiply(m: B, n: H, k: G, dGate, u.base, into: dhNext.base, accumulate: false) }
            }
        }
        probe?.recordGradientNorms(norms)
        // Σ over steps and examples: ∂L/∂U = Σ_t dGate_tᵀ h_{t−1}, ∂L/∂W = Σ_t dGate_tᵀ x_t,
        // ∂L/∂b = Σ_t dGate_t, each computed as one product over all T·B rows.
        var dX: [Float] = [], dW: [Float] = [], dU: [Float] = [], dB: [Float] = []
        let product = FloatBuffer(count: Swift.max(H, features) * G, zeroed: false)
        if wanted[2] {
            // [h_0 … h_{T−1}]ᵀ · dGates, h read in place
            SequenceLayout.multiply(m: H, n: G, k: rows, hiddens.base, transposeA: true, dGates.base, into: product.base, accumulate: false)
            dU = SequenceLayout.transposedArray(product.base, rows: H, columns: G)
        }
        if wanted[1] {
            SequenceLayout.multiply(m: features, n: G, k: rows, xs.base, transposeA: true, dGates.base, into: product.base, accumulate: false)
            dW = SequenceLayout.transposedArray(product.base, rows: features, columns: G)
        }
        if wanted[3] { dB = SequenceLayout.columnSums(of: dGates.base, rows: rows, columns: G) }
        if wanted[0] {  // ∂L/∂x_t = dGate_t · W, for all rows at once, then back to batch-major
            let dxs = FloatBuffer(count: rows * features, zeroed: false)
            SequenceLayout.multiply(m: rows, n: features, k: G, dGates.base, w.base, into: dxs.base, accumulate: false)
            dX = SequenceLayout.batchMajorTensor(dxs.base, batch: B, steps: steps, width: features, rowWidth: features).data
        }
        return [dX, dW, dU, dB]
    }
}
