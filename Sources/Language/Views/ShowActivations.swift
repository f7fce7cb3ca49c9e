import Autodiff
import NeuralNet
import Plotting

/// `show activations`: each layer's outputs, as heat maps.
extension Interpreter {
    func showActivations(_ o: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        let span = o.span
        let model = try builtModel(at: span)
        guard let split = session.split else { throw noData(at: span) }
        let count = Swift.min(o.sample ?? 8, split.train.count, 32)
        guard count > 0 else {
            throw Diagnostic("the training split is empty", at: span, expected: "`split 70 15 15`")
        }
        let rows = split.train.subset(Array(0..<count))
        let x = Tensor(shape: [count] + rows.exampleShape, data: rows.features)
        var context = ForwardContext(training: false)
        let pass: Sequential.Pass
        do { pass = try GradMode.withoutRecording { () throws(TensorError) in try model.forward(x, context: &context, keepLayerOutputs: true) } }
        catch { throw Diagnostic(error.message, at: span) }
        let wanted = o.layer
        if let wanted, wanted < 1 || wanted > model.layers.count {
            throw Diagnostic("there is no layer \(wanted); the network has \(model.layers.count)", at: o.layerSpan ?? span)
        }
        for (i, layer) in model.layers.enumerated() where wanted == nil || wanted == i + 1 {
            let a = pass.layerOutputs[i]
            if a.rank == 2 {
                let width = a.shape[1]
                let matrix = (0..<count).map { r in (0..<width).map { Double(a.data[r * width + $0]) } }
                output(.picture(HeatMap(title: "layer \(i + 1) (\(layer.summary)) outputs for the first \(count) training rows",
                                        values: matrix, rowLabels: (1...count).map { "#\($0)" }, columnLabels: (1...width).map { "u\($0)" })))
            } else {
                // A sequence: the first example's values, a row per step.
                let steps = a.shape[1], width = a.count / Swift.max(count * steps, 1)
                let matrix = (0..<steps).map { t in (0..<width).map { Double(a.data[t * width + $0]) } }
                output(.picture(HeatMap(title: "layer \(i + 1) (\(layer.summary)) outputs over the \(steps) steps of training sequence #1",
                                        values: matrix, rowLabels: (1...steps).map { "t\($0)" }, columnLabels: (1...Swift.max(width, 1)).map { "u\($0)" })))
            }
        }
    }
}

/// The view `show activations`.
enum ShowActivations: SessionView {
    static let sub = SubcommandSpec("activations", "activations as heat maps", options: [CommonOptions.layer, CommonOptions.sample])

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.showActivations(options, output: output)
    }
}
