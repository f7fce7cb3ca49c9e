import CKernels

/// A plain recurrent network over a whole sequence, as one recorded operation with its
/// backpropagation through time written out by hand.
///
/// The seed's equation, for t = 1 … T with h_0 = 0:
///
///     h_t = σ(W x_t + V h_{t−1} + b)
///
/// with `W [H, F]`, `V [H, H]`, `b [H]` and σ one of tanh, relu or the logistic function.
/// One matrix product computes W x_t + b for every step at once; each step then adds V h_{t−1}
/// with one product for the whole batch and applies σ.
extension Tensor {
    /// A recurrent layer run over every step of `x`, returning every step's hidden state.
    ///
    /// - Parameters:
    ///   - x: the inputs `[B, T, F]`: B sequences of T steps of F features.
    ///   - w: the input weights `W [H, F]`.
    ///   - v: the recurrent weights `V [H, H]`.
    ///   - b: the biases `[H]`.
    ///   - activation: σ (tanh by default).
    ///   - probe: if given, records h `[B, T, H]` and, on the backward pass, ‖∂L/∂h_t‖ for every
    ///     step (see `SequenceProbe`).
    /// - Returns: h_1 … h_T as `[B, T, H]`.
    public static func rnnSequence(_ x: Tensor, inputWeights w: Tensor, recurrentWeights v: Tensor, bias b: Tensor,
                                   activation: RecurrentActivation = .tanh,
                                   probe: SequenceProbe? = nil) throws(TensorError) -> Tensor {
        guard x.rank == 3 else {
            throw TensorError("a recurrent layer reads sequences [batch, steps, features], got \(TensorError.describe(x.shape))")
        }
        let (batch, steps, features) = (x.shape[0], x.shape[1], x.shape[2])
        guard w.rank == 2, w.shape[0] > 0, w.shape[1] == features else {
            throw TensorError("RNN input weights must be [hidden, \(features)], got \(TensorError.describe(w.shape))")
        }
        let hidden = w.shape[0]
        guard v.shape == [hidden, hidden] else {
            throw TensorError("RNN recurrent weights must be [\(hidden), \(hidden)], got \(TensorError.describe(v.shape))")
        }
        guard b.shape == [hidden] else {
            throw TensorError("RNN biases must be [\(hidden)], got \(TensorError.describe(b.shape))")
        }
        let kernel = RNNKernel(batch: batch, steps: steps, features: features, hidden: hidden, activation: activation,
                               x: x.data, w: w.data, v: v.data, b: b.data)
        kernel.forward()
        let states = kernel.hiddenStates()
        if let probe {
            probe.reset()
            probe.record(.hidden, states)
        }
        return Tensor(shape: [batch, steps, hidden], data: states.data, op: "rnn", inputs: [x, w, v, b]) { result in
            guard let gradient = result.grad else { return }
            let gradients = kernel.backward(gradient, wanted: result.inputs.map(\.requiresGrad), probe: probe)
            for (input, g) in zip(result.inputs, gradients) where input.requiresGrad { input.accumulateGrad(g) }
        }
    }
}

/// The RNN's forward and backward passes on raw time-major buffers (see `rnnSequence`).
final class RNNKernel {
    let batch: Int, steps: Int, features: Int, hidden: Int
    let activation: RecurrentActivation
    /// The inputs, time-major `[T, B, F]`.
    let xs: FloatBuffer
    /// W `[H, F]` and V `[H, H]` as given (for the backward pass), Wᵀ and Vᵀ (for the
    /// forward products), and b `[H]`.
    let w: FloatBuffer, v: FloatBuffer, wT: FloatBuffer, vT: FloatBuffer, b: FloatBuffer
    /// h_0 … h_T, time-major `[T + 1, B, H]` (h_0 = 0).
    let hiddens: FloatBuffer

    init(batch: Int, steps: Int, features: Int, hidden: Int, activation: RecurrentActivation,
         x: [Float], w: [Float], v: [Float], b: [Float]) {
        (self.batch, self.steps, self.features, self.hidden, self.activation) = (batch, steps, features, hidden, activation)
        xs = SequenceLayout.timeMajor(x, batch: batch, steps: steps, width: features)
        self.w = FloatBuffer(w)
        self.v = FloatBuffer(v)
        self.b = FloatBuffer(b)
        wT = SequenceLayout.transposed(self.w.base, rows: hidden, columns: features, sourceWidth: features)
        vT = SequenceLayout.transposed(self.v.base, rows: hidden, columns: hidden, sourceWidth: hidden)
        hiddens = SequenceLayout.statesBuffer(steps: steps, batch: batch, width: hidden)
    }

    /// Runs h_t = σ(W x_t + V h_{t−1} + b) for t = 1 … T.
    func forward() {
        let (B, H) = (batch, hidden)
        let states = hiddens.at(B * H)  // h_1 … h_T
        // W x_t + b for every step at once, written where h_t will be.
        SequenceLayout.fillRows(states, rows: steps * B, with: b.base, columns: H)
        SequenceLayout.multiply(m: steps * B, n: H, k: features, xs.base, wT.base, into: states, accumulate: true)
        for t in 0..<steps {
            let hPrevious = hiddens.at(t * B * H), h = hiddens.at((t + 1) * B * H)
            // + V h_{t−1}, one product for the batch (h_0 = 0 adds nothing)
            if t > 0 { SequenceLayout.multiply(m: B, n: H, k: H, hPrevious, vT.base, into: h, accumulate: true) }
            switch activation {                                                      // h_t = σ(·)
            case .tanh: VectorMath.tanh(h, rows: 1, columns: B * H, stride: B * H)
            case .sigmoid: VectorMath.sigmoid(h, rows: 1, columns: B * H, stride: B * H)
            case .relu: nnlab_relu_rows(h, 1, B * H, B * H)
            }
        }
    }

    /// h_1 … h_T, batch-major `[B, T, H]`.
    func hiddenStates() -> Tensor {
        SequenceLayout.batchMajorTensor(hiddens.at(batch * hidden), batch: batch, steps: steps, width: hidden, rowWidth: hidden)
    }

    /// Backpropagation through time: from ∂L/∂h_t for every step (`outputGradient`,
    /// batch-major `[B, T, H]`) to the gradients of x, W, V and b, in that order (empty for
    /// those not `wanted`).
    func backward(_ outputGradient: [Float], wanted: [Bool], probe: SequenceProbe?) -> [[Float]] {
        let (B, H) = (batch, hidden)
        let rows = steps * B
        let dPre = FloatBuffer(count: rows * H, zeroed: false)  // ∂L/∂(W x_t + V h_{t−1} + b), [T, B, H]
        let dh = FloatBuffer(count: B * H)                      // ∂L/∂h_t
        let dhNext = FloatBuffer(count: B * H)                  // the part of ∂L/∂h_t sent back by step t + 1
        var norms = [Float](repeating: 0, count: probe == nil ? 0 : steps)
        let kind: Int32 = switch activation {
        case .tanh: Int32(NNLAB_RNN_TANH)
        case .relu: Int32(NNLAB_RNN_RELU)
        case .sigmoid: Int32(NNLAB_RNN_SIGMOID)
        }
        outputGradient.withUnsafeBufferPointer { gOut in
            guard let gOut = gOut.baseAddress else { return }
            for t in stride(from: steps - 1, through: 0, by: -1) {
                let d = dPre.at(t * B * H)
                // ∂L/∂h_t = the output's gradient at t + what step t + 1 sent back; through
                // h_t = σ(·): d = ∂L/∂h_t ⊙ σ′   (recurrent_cells.c)
                nnlab_rnn_cell_backward(kind, B, H, hiddens.at((t + 1) * B * H), gOut + t * H, steps * H,
                                        dhNext.base, dh.base, d)
                if probe != nil { norms[t] = SequenceLayout.norm(dh.base, count: B * H) }
                // ∂L/∂h_{t−1} = d · V
                if t > 0 { SequenceLayout.multiply(m: B, n: H, k: H, d, v.base, into: dhNext.base, accumulate: false) }
            }
        }
        probe?.recordGradientNorms(norms)
        // Σ over steps and examples: ∂L/∂V = Σ_t d_tᵀ h_{t−1}, ∂L/∂W = Σ_t d_tᵀ x_t, ∂L/∂b = Σ_t d_t.
        var dX: [Float] = [], dW: [Float] = [], dV: [Float] = [], dB: [Float] = []
        let product = FloatBuffer(count: Swift.max(H, features) * H, zeroed: false)
        if wanted[2] {
            // [h_0 … h_{T−1}]ᵀ · d, h read in place
            SequenceLayout.multiply(m: H, n: H, k: rows, hiddens.base, transposeA: true, dPre.base, into: product.base, accumulate: false)
            dV = SequenceLayout.transposedArray(product.base, rows: H, columns: H)
        }
        if wanted[1] {
            SequenceLayout.multiply(m: features, n: H, k: rows, xs.base, transposeA: true, dPre.base, into: product.base, accumulate: false)
            dW = SequenceLayout.transposedArray(product.base, rows: features, columns: H)
        }
        if wanted[3] { dB = SequenceLayout.columnSums(of: dPre.base, rows: rows, columns: H) }
        if wanted[0] {  // ∂L/∂x_t = d_t · W
            let dxs = FloatBuffer(count: rows * features, zeroed: false)
            SequenceLayout.multiply(m: rows, n: features, k: H, dPre.base, w.base, into: dxs.base, accumulate: false)
            dX = SequenceLayout.batchMajorTensor(dxs.base, batch: B, steps: steps, width: features, rowWidth: features).data
        }
        return [dX, dW, dV, dB]
    }
}
