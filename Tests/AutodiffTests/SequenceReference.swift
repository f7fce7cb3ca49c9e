import Autodiff

/// The fused sequence operations' equations composed from elementary, separately tested
/// operations (matmul, sigmoid, tanh, ×, +, slice, concat, softmax), one step at a time: the
/// reference the fused kernels are checked against.
///
/// Each recurrent reference can add a zero "tap" δ_t to h_t (h_t + δ_t is what the output and
/// step t + 1 see). δ_t is a leaf, so after `backward()` its gradient is the total ∂L/∂h_t,
/// which intermediate results do not keep.
enum SequenceReference {
    /// Step t of `x [B, T, F]` as `[B, F]`.
    static func step(_ x: Tensor, _ t: Int) throws -> Tensor {
        try x.slice(axis: 1, t..<(t + 1)).reshaped([x.shape[0], x.shape[2]])
    }

    /// Rows `k·H ..< (k+1)·H` of a weight matrix (or entries of a bias).
    static func block(_ p: Tensor, _ k: Int, _ size: Int) throws -> Tensor {
        try p.slice(axis: 0, (k * size)..<((k + 1) * size))
    }

    /// Stacks per-step `[B, H]` states into `[B, T, H]`.
    static func stack(_ states: [Tensor]) throws -> Tensor {
        try Tensor.concat(states.map { try $0.reshaped([$0.shape[0], 1, $0.shape[1]]) }, axis: 1)
    }

    /// Zero leaves `[B, H]`, one per step, to tap ∂L/∂h_t.
    static func taps(batch: Int, steps: Int, hidden: Int) -> [Tensor] {
        (0..<steps).map { _ in Tensor.zeros([batch, hidden], requiresGrad: true) }
    }

    /// One named value per step, `[B, H]` each.
    typealias Trace = [String: [Tensor]]

    /// h_t = σ(W x_t + V h_{t−1} + b).
    static func rnn(_ x: Tensor, w: Tensor, v: Tensor, b: Tensor, activation: RecurrentActivation,
                    taps: [Tensor]? = nil) throws -> Tensor {
        let (batch, steps, hidden) = (x.shape[0], x.shape[1], w.shape[0])
        var h = Tensor.zeros([batch, hidden])
        var states: [Tensor] = []
        for t in 0..<steps {
            let pre = try step(x, t).matmul(w.transposed()) + h.matmul(v.transposed()) + b
            switch activation {
            case .tanh: h = pre.tanh()
            case .relu: h = pre.relu()
            case .sigmoid: h = pre.sigmoid()
            }
            if let taps { h = try h + taps[t] }
            states.append(h)
        }
        return try stack(states)
    }

    /// The LSTM's equations, gate rows i, f, a, o.
    static func lstm(_ x: Tensor, w: Tensor, u: Tensor, b: Tensor, taps: [Tensor]? = nil) throws -> (h: Tensor, trace: Trace) {
        let (batch, steps, hidden) = (x.shape[0], x.shape[1], u.shape[1])
        var h = Tensor.zeros([batch, hidden]), c = Tensor.zeros([batch, hidden])
        var trace: Trace = [:]
        var states: [Tensor] = []
        func gate(_ k: Int, _ xt: Tensor, _ h: Tensor) throws -> Tensor {
            try xt.matmul(block(w, k, hidden).transposed()) + h.matmul(block(u, k, hidden).transposed()) + block(b, k, hidden)
        }
        for t in 0..<steps {
            let xt = try step(x, t)
            let i = try gate(0, xt, h).sigmoid()
            let f = try gate(1, xt, h).sigmoid()
            let a = try gate(2, xt, h).tanh()
            let o = try gate(3, xt, h).sigmoid()
            c = try f * c + i * a
            h = try o * c.tanh()
            if let taps { h = try h + taps[t] }
            for (name, value) in [("i", i), ("f", f), ("a", a), ("o", o), ("c", c), ("h", h)] {
                trace[name, default: []].append(value)
            }
            states.append(h)
        }
        return (try stack(states), trace)
    }

    /// The seed's GRU: W_z, W_r, W act on [h_{t−1}, x_t] (hidden columns first).
    static func gru(_ x: Tensor, wz: Tensor, bz: Tensor, wr: Tensor, br: Tensor, w: Tensor, b: Tensor,
                    taps: [Tensor]? = nil) throws -> (h: Tensor, trace: Trace) {
        let (batch, steps, hidden) = (x.shape[0], x.shape[1], wz.shape[0])
        var h = Tensor.zeros([batch, hidden])
        var trace: Trace = [:]
        var states: [Tensor] = []
        for t in 0..<steps {
            let xt = try step(x, t)
            let hx = try Tensor.concat([h, xt], axis: 1)
            let z = try (hx.matmul(wz.transposed()) + bz).sigmoid()
            let r = try (hx.matmul(wr.transposed()) + br).sigmoid()
            let candidate = try (Tensor.concat([r * h, xt], axis: 1).matmul(w.transposed()) + b).tanh()
            h = try (1 - z) * h + z * candidate
            if let taps { h = try h + taps[t] }
            for (name, value) in [("z", z), ("r", r), ("h̃", candidate), ("h", h)] {
                trace[name, default: []].append(value)
            }
            states.append(h)
        }
        return (try stack(states), trace)
    }

    /// concat_j softmax(Q_j K_jᵀ/√d_k) V_j per example, optionally causal; also the weights
    /// of every example and head.
    static func attention(q: Tensor, k: Tensor, v: Tensor, heads: Int, causal: Bool) throws -> (out: Tensor, weights: [Tensor]) {
        let (batch, steps, width) = (q.shape[0], q.shape[1], q.shape[2])
        let dk = width / heads
        var rows: [Tensor] = []
        var weights: [Tensor] = []
        let mask = (0..<(steps * steps)).map { causal && $0 % steps > $0 / steps }
        for n in 0..<batch {
            func example(_ t: Tensor) throws -> Tensor { try t.slice(axis: 0, n..<(n + 1)).reshaped([steps, width]) }
            let (qn, kn, vn) = (try example(q), try example(k), try example(v))
            var heads_: [Tensor] = []
            for j in 0..<heads {
                let columns = (j * dk)..<((j + 1) * dk)
                let (qj, kj, vj) = (try qn.slice(axis: 1, columns), try kn.slice(axis: 1, columns), try vn.slice(axis: 1, columns))
                let scores = try qj.matmul(kj.transposed()) * (1 / Float(dk).squareRoot())
                let a = try scores.maskedFill(mask, maskShape: [steps, steps], value: -.infinity).softmax()
                weights.append(a)
                heads_.append(try a.matmul(vj))
            }
            rows.append(try Tensor.concat(heads_, axis: 1).reshaped([1, steps, width]))
        }
        return (try Tensor.concat(rows, axis: 0), weights)
    }
}
