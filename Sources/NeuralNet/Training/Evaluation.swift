import Autodiff

/// The loss and accuracy of a model on a data set, computed without gradients or dropout.
public struct Evaluation: Sendable, Equatable {
    /// The mean loss.
    public var loss: Float
    /// The fraction classified correctly (nil for regression).
    public var accuracy: Float?
    /// The number of rows evaluated.
    public var count: Int

    /// Evaluates `model` on all of `data`.
    public static func of(_ model: Sequential, on data: Dataset, loss: Loss) throws(TensorError) -> Evaluation {
        guard data.count > 0 else { return Evaluation(loss: .nan, accuracy: nil, count: 0) }
        let x = Tensor(shape: [data.count, data.featureCount], data: data.features)
        var context = ForwardContext(training: false)
        let pass = try GradMode.withoutRecording { () throws(TensorError) in try model.forward(x, context: &context) }
        let value = try GradMode.withoutRecording { () throws(TensorError) in
            try loss.value(of: pass, targets: data.targets, task: data.task)
        }
        let linear = loss == .bce && model.outputActivation != .sigmoid
        let accuracy = classify(pass.output, task: data.task, linearOutput: linear).map { predicted in
            var correct = 0
            for i in 0..<data.count where predicted[i] == Int(data.targets[i]) { correct += 1 }
            return Float(correct) / Float(data.count)
        }
        return Evaluation(loss: value.scalar, accuracy: accuracy, count: data.count)
    }

    /// The predicted class of each output row (nil for regression): argmax over several
    /// units; for one unit, class 1 when the output is above 0.5 (sigmoid), or above 0 when
    /// the network ends linear.
    public static func classify(_ output: Tensor, task: Dataset.Task, linearOutput: Bool = false) -> [Int]? {
        guard case .classification = task, output.rank == 2 else { return nil }
        if output.shape[1] == 1 {
            let threshold: Float = linearOutput ? 0 : 0.5
            return output.data.map { $0 > threshold ? 1 : 0 }
        }
        return output.argmaxLastAxis()
    }
}
