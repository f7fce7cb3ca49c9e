import Foundation

/// The losses as fused, numerically stable operations (each the **mean** over its items).
extension Tensor {
    /// Mean squared error `mean((p − y)²)`; shapes must match.
    public static func meanSquaredError(_ prediction: Tensor, _ target: Tensor) throws(TensorError) -> Tensor {
        guard prediction.count == target.count else {
            throw TensorError("mse: prediction \(TensorError.describe(prediction.shape)) and target \(TensorError.describe(target.shape)) differ in size")
        }
        let n = Float(Swift.max(prediction.count, 1))
        var total: Float = 0
        for i in 0..<prediction.count { let d = prediction.data[i] - target.data[i]; total += d * d }
        return Tensor(shape: [], data: [total / n], op: "mse", inputs: [prediction, target]) { result in
            guard let g = result.grad?.first else { return }
            let p = result.inputs[0], y = result.inputs[1]
            let scale = 2 * g / n
            if p.requiresGrad { p.withGrad { gp in for i in 0..<gp.count { gp[i] += scale * (p.data[i] - y.data[i]) } } }
            if y.requiresGrad { y.withGrad { gy in for i in 0..<gy.count { gy[i] -= scale * (p.data[i] - y.data[i]) } } }
        }
    }

    /// Binary cross-entropy on logits `mean(softplus(z) − y·z)`, which equals
    /// `−y log σ(z) − (1−y) log(1−σ(z))` without ever taking the log of 0.
    public static func binaryCrossEntropy(logits z: Tensor, targets y: Tensor) throws(TensorError) -> Tensor {
        guard z.count == y.count else {
            throw TensorError("bce: logits \(TensorError.describe(z.shape)) and targets \(TensorError.describe(y.shape)) differ in size")
        }
        let n = Float(Swift.max(z.count, 1))
        var total: Float = 0
        for i in 0..<z.count { total += softplus(z.data[i]) - y.data[i] * z.data[i] }
        return Tensor(shape: [], data: [total / n], op: "bce", inputs: [z]) { result in
            guard let g = result.grad?.first else { return }
            let z = result.inputs[0]
            let scale = g / n
            let targets = y.data
            z.withGrad { gz in for i in 0..<gz.count { gz[i] += scale * (sigmoid(z.data[i]) - targets[i]) } }
        }
    }

    /// Softmax cross-entropy `mean(logsumexp(z) − z[label])` over the rows of `[n, classes]`
    /// logits, with integer class labels.
    public static func softmaxCrossEntropy(logits z: Tensor, labels: [Int]) throws(TensorError) -> Tensor {
        guard z.rank == 2, z.shape[0] == labels.count else {
            throw TensorError("cross-entropy needs logits [n, classes] and n labels, got \(TensorError.describe(z.shape)) and \(labels.count)")
        }
        let rows = z.shape[0], classes = z.shape[1]
        if let bad = labels.first(where: { $0 < 0 || $0 >= classes }) {
            throw TensorError("label \(bad) is outside the \(classes) classes 0…\(classes - 1)")
        }
        var probabilities = [Float](repeating: 0, count: z.count)
        var total: Float = 0
        z.data.withUnsafeBufferPointer { zd in
            for r in 0..<rows {
                let base = r * classes
                var m = -Float.infinity
                for c in 0..<classes { m = Swift.max(m, zd[base + c]) }
                var s: Float = 0
                for c in 0..<classes { let e = Foundation.exp(zd[base + c] - m); probabilities[base + c] = e; s += e }
                for c in 0..<classes { probabilities[base + c] /= s }
                total += m + Foundation.log(s) - zd[base + labels[r]]
            }
        }
        let n = Float(Swift.max(rows, 1))
        return Tensor(shape: [], data: [total / n], op: "cross_entropy", inputs: [z]) { result in
            guard let g = result.grad?.first else { return }
            let scale = g / n
            result.inputs[0].withGrad { gz in
                for r in 0..<rows {
                    let base = r * classes
                    for c in 0..<classes { gz[base + c] += scale * probabilities[base + c] }
                    gz[base + labels[r]] -= scale
                }
            }
        }
    }
}
