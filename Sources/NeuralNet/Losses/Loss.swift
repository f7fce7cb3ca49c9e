import Autodiff

/// The loss functions, each the mean over the batch.
///
/// Binary cross-entropy and cross-entropy are computed from the final dense layer's logits
/// when the network ends in sigmoid (or softmax) — the stable form — and treat a linear
/// output as logits.
public enum Loss: String, CaseIterable, Codable, Sendable {
    /// Mean squared error, for regression (or a learner's experiment on classes).
    case mse
    /// Binary cross-entropy, for two classes with one output unit.
    case bce
    /// Softmax cross-entropy, for k classes with k output units.
    case crossEntropy = "crossentropy"

    /// The usual loss for a task: bce for two classes, cross-entropy for more, mse otherwise.
    public static func `default`(for task: Dataset.Task) -> Loss {
        switch task {
        case .classification(let k): return k <= 2 ? .bce : .crossEntropy
        case .regression: return .mse
        }
    }

    /// The loss of a forward pass against targets `[rows, targetWidth]` (class indices for
    /// classification).
    public func value(of pass: Sequential.Pass, targets: [Float], task: Dataset.Task) throws(TensorError) -> Tensor {
        let out = pass.output
        let rows = out.rank > 0 ? out.shape[0] : 1
        let width = out.rank == 2 ? out.shape[1] : 1
        switch self {
        case .mse:
            if case .classification(let k) = task, width == k, k > 1 {
                return try Tensor.meanSquaredError(out, Tensor(shape: out.shape, data: Loss.oneHot(targets, classes: k)))
            }
            guard targets.count == out.count else {
                throw TensorError("mse: the network gives \(width) outputs per row but the data has \(targets.count / Swift.max(rows, 1)) targets")
            }
            return try Tensor.meanSquaredError(out, Tensor(shape: out.shape, data: targets))
        case .bce:
            guard width == 1, targets.count == rows else {
                throw TensorError("bce needs one output unit for two classes; the network ends with \(width) units (use crossentropy, or a last layer `dense 1 sigmoid`)")
            }
            let logits = try logitsFor(pass, expected: .sigmoid)
            return try Tensor.binaryCrossEntropy(logits: logits, targets: Tensor(shape: out.shape, data: targets))
        case .crossEntropy:
            let labels = targets.map { Int($0) }
            guard case .classification(let k) = task, width == k else {
                throw TensorError("crossentropy needs one output unit per class; the network ends with \(width) units for \(task.classCount ?? 0) classes")
            }
            let logits = try logitsFor(pass, expected: .softmax)
            return try Tensor.softmaxCrossEntropy(logits: logits, labels: labels)
        }
    }

    /// The logits the loss should use: before the final sigmoid/softmax, or the output
    /// itself when the network ends linear.
    private func logitsFor(_ pass: Sequential.Pass, expected: Activation) throws(TensorError) -> Tensor {
        if let z = pass.logits {
            if let act = pass.outputActivation, act == expected { return z }
            if pass.outputActivation == .linear || pass.outputActivation == nil { return pass.output }
            throw TensorError("\(rawValue) needs the last layer to be \(expected.rawValue) or linear, not \(pass.outputActivation?.rawValue ?? "?")")
        }
        return pass.output
    }

    /// Class indices as one-hot rows.
    static func oneHot(_ labels: [Float], classes: Int) -> [Float] {
        var out = [Float](repeating: 0, count: labels.count * classes)
        for (i, l) in labels.enumerated() where Int(l) >= 0 && Int(l) < classes { out[i * classes + Int(l)] = 1 }
        return out
    }
}
