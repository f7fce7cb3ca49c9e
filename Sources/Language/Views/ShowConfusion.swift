import Autodiff
import NeuralNet
import Plotting

/// `show confusion`: the confusion matrix on a split.
extension Interpreter {
    func showConfusion(_ o: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        let span = o.span
        let model = try builtModel(at: span)
        let (name, rows) = try chosenRows(o)
        guard let k = rows.task.classCount else {
            throw Diagnostic("a confusion matrix needs classes; this data is a regression", at: span)
        }
        let x = Tensor(shape: [rows.count] + rows.exampleShape, data: rows.features)
        let y: Tensor
        do { y = try model.predict(x) } catch { throw Diagnostic(error.message, at: span) }
        let predicted = Evaluation.classify(y, task: rows.task, linearOutput: Evaluation.outputsLogits(model, loss: session.loss)) ?? []
        var counts = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for (truth, guess) in zip(rows.targets, predicted) where Int(truth) < k && guess < k { counts[Int(truth)][guess] += 1 }
        let names = (0..<k).map { rows.className($0) }
        output(.picture(HeatMap(title: "confusion on \(name) (\(rows.count) rows): rows = true class, columns = predicted",
                                values: counts, rowLabels: names, columnLabels: names, showCounts: true)))
    }
}

/// The view `show confusion`.
enum ShowConfusion: SessionView {
    static let sub = SubcommandSpec("confusion", "the confusion matrix", options: [CommonOptions.split])

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.showConfusion(options, output: output)
    }
}
