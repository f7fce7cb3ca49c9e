import Autodiff

/// The loss and accuracy of a model on a data set, computed without gradients or dropout.
public struct Evaluation: Sendable, Equatable {
    /// The mean loss.
    public var loss: Float
    /// The fraction classified correctly (nil for regression).
    public var accuracy: Float?
    /// The number of rows evaluated.
    public var count: Int

    /// Rows evaluated per forward pass: memory stays bounded however large the data set.
    public static let chunkRows = 2048

    /// Evaluates `model` on all of `data`, in chunks of `chunkRows` rows. Accuracy counts
    /// examples for a class per example, and positions (tokens) for a class per step.
    public static func of(_ model: Sequential, on data: Dataset, loss: Loss) throws(TensorError) -> Evaluation {
        guard data.count > 0 else { return Evaluation(loss: .nan, accuracy: nil, count: 0) }
        let linear = outputsLogits(model, loss: loss)
        var totalLoss: Double = 0
        var correct = 0
        var judged = 0
        var start = 0
        while start < data.count {
            let end = Swift.min(start + chunkRows, data.count)
            let rows = end - start
            let (x, targets) = data.slice(start..<end)
            var context = ForwardContext(training: false)
            let pass = try GradMode.withoutRecording { () throws(TensorError) in try model.forward(x, context: &context) }
            let value = try GradMode.withoutRecording { () throws(TensorError) in
                try loss.value(of: pass, targets: targets, task: data.task)
            }
            totalLoss += Double(value.scalar) * Double(rows)
            if let predicted = classify(pass.output, task: data.task, linearOutput: linear), predicted.count == targets.count {
                for i in 0..<predicted.count where predicted[i] == Int(targets[i]) { correct += 1 }
                judged += predicted.count
            }
            start = end
        }
        return Evaluation(loss: Float(totalLoss / Double(data.count)),
                          accuracy: judged > 0 ? Float(correct) / Float(judged) : nil, count: data.count)
    }

    /// Whether a one-unit output is a logit (threshold 0) rather than a probability
    /// (threshold 0.5): the network ends linear and is trained with binary cross-entropy.
    public static func outputsLogits(_ model: Sequential, loss: Loss) -> Bool {
        loss == .bce && model.outputActivation != .sigmoid
    }

    /// The predicted class at each output position (nil for values): argmax over the last
    /// axis when it has several units; for one unit, class 1 when the output is above 0.5
    /// (sigmoid), or above 0 when the network ends linear.
    public static func classify(_ output: Tensor, task: Dataset.Task, linearOutput: Bool = false) -> [Int]? {
        guard task.isClassification, output.rank >= 2, let width = output.shape.last, width > 0 else { return nil }
        if width == 1 {
            let threshold: Float = linearOutput ? 0 : 0.5
            return output.data.map { $0 > threshold ? 1 : 0 }
        }
        return output.argmaxLastAxis()
    }
}
