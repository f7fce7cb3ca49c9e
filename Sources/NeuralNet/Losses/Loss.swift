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
        case .classification(let k), .classPerStep(let k): return k <= 2 ? .bce : .crossEntropy
        case .regression, .valuePerStep: return .mse
        }
    }

    /// The usual loss for a task and the network's output width: as `default(for:)`, except
    /// that two classes scored by two output units (a softmax) use cross-entropy.
    public static func `default`(for task: Dataset.Task, outputWidth: Int) -> Loss {
        if task.classCount == 2 && outputWidth == 2 { return .crossEntropy }
        return `default`(for: task)
    }

    /// The loss of a forward pass against the batch's targets, flat and row-major
    /// (`[batch] + targetShape`; class indices for classes).
    ///
    /// mse compares outputs and targets of any shape holding as many values (class targets
    /// against one unit per class are compared one-hot); bce takes one output unit per
    /// two-class target; crossentropy takes one output unit per class on the last axis, so a
    /// sequence output `[batch, T, classes]` is scored per position against `[batch, T]` labels.
    public func value(of pass: Sequential.Pass, targets: [Float], task: Dataset.Task) throws(TensorError) -> Tensor {
        let out = pass.output
        let rows = out.rank > 0 ? out.shape[0] : 1
        let width = out.rank >= 2 ? out.shape[out.rank - 1] : 1
        let perRow = targets.count / Swift.max(rows, 1)
        switch self {
        case .mse:
            if let k = task.classCount, width == k, k > 1, out.count == targets.count * k {
                return try Tensor.meanSquaredError(out, Tensor(shape: out.shape, data: Loss.oneHot(targets, classes: k)))
            }
            guard targets.count == out.count else {
                throw TensorError("mse: the network gives \(out.count / Swift.max(rows, 1)) outputs per example but the data has \(perRow) targets")
            }
            return try Tensor.meanSquaredError(out, Tensor(shape: out.shape, data: targets))
        case .bce:
            guard width == 1, targets.count == out.count else {
                throw TensorError("bce needs one output unit for two classes; the network ends with \(width) units (use crossentropy, or a last layer `dense 1 sigmoid`)")
            }
            let logits = try logitsFor(pass, expected: .sigmoid)
            return try Tensor.binaryCrossEntropy(logits: logits, targets: Tensor(shape: out.shape, data: targets))
        case .crossEntropy:
            guard let k = task.classCount, width == k, out.count == targets.count * k else {
                throw TensorError("crossentropy needs one output unit per class; the network ends with \(width) units for \(task.classCount ?? 0) classes")
            }
            let labels = targets.map { Int($0) }
            var logits = try logitsFor(pass, expected: .softmax)
            if logits.rank != 2 { logits = try logits.reshaped([-1, k]) }
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
