import Autodiff
import NeuralNet
import Plotting

/// `show neurons`: each unit's output over the plane, small multiples.
extension Interpreter {
    func showNeurons(_ o: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        let span = o.span
        guard let data = session.data, data.featureCount == 2, data.exampleShape.count == 1 else {
            throw Diagnostic("unit responses are drawn over the plane of 2-D data", at: span, expected: "a 2-D data set such as `data circle`")
        }
        let model = try soundModel(at: span)
        let layerNumber = o.layer ?? 1
        guard layerNumber >= 1, layerNumber <= model.layers.count else {
            throw Diagnostic("there is no layer \(layerNumber); the network has \(model.layers.count)", at: o.layerSpan ?? span)
        }
        let columns = 24, gridRows = 12
        let (_, inputs) = planeGrid(data, columns: columns, rows: gridRows)
        var context = ForwardContext(training: false)
        let pass: Sequential.Pass
        do { pass = try GradMode.withoutRecording { () throws(TensorError) in try model.forward(inputs, context: &context, keepLayerOutputs: true) } }
        catch { throw Diagnostic(error.message, at: span) }
        let activations = pass.layerOutputs[layerNumber - 1]
        let units = activations.count / Swift.max(columns * gridRows, 1)
        let panels = (0..<Swift.min(units, 32)).map { u in
            SmallMultiples.Panel(title: "unit \(u + 1)", values: (0..<gridRows).map { r in
                (0..<columns).map { col in activations.data[(r * columns + col) * units + u] }
            })
        }
        output(.picture(SmallMultiples(title: "layer \(layerNumber): each unit's output over the plane", panels: panels)))
    }
}

/// The view `show neurons`.
enum ShowNeurons: SessionView {
    static let sub = SubcommandSpec("neurons", "each hidden unit's response over the plane", options: [CommonOptions.layer])

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.showNeurons(options, output: output)
    }
}
