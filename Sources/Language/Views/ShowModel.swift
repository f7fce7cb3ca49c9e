import NeuralNet
import Plotting

/// `show model`: layers, shapes, parameter counts and a diagram.
extension Interpreter {
    func showModel(span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let model = try builtModel(at: span)
        func text(_ shape: [Int]) -> String { shape.count == 1 ? "\(shape[0])" : OutputLayer.describe(shape) }
        let inputText = model.input.vocabulary.map { v in "\(text(model.inputShape)) tokens of \(v)" } ?? text(model.inputShape)
        var layers: [NetworkDiagram.Layer] = [NetworkDiagram.Layer(name: "input", shape: inputText, parameterCount: 0)]
        for (i, layer) in model.layers.enumerated() {
            let implied = session.outputIsImplied && i == model.layers.count - 1
            let name = layer.summary + (implied ? " (output, added)" : "")
            let entering = model.input(ofLayer: i)
            let from = entering.vocabulary == nil ? text(entering.shape) : "\(text(entering.shape)) tokens"
            layers.append(NetworkDiagram.Layer(name: name, shape: "\(from) → \(text(layer.outputShape))", parameterCount: layer.parameterCount))
        }
        output(.picture(NetworkDiagram(title: "network: \(model.parameterCount) parameters", layers: layers)))
        output(.text("loss \(session.loss.rawValue) · optimizer \(session.optimizerSettings.kind.rawValue) lr \(Format.number(Double(session.optimizerSettings.learningRate))) · init \(session.initializer.name) · \(session.history.count) epochs trained"))
    }
}

/// The view `show model`.
enum ShowModel: SessionView {
    static let sub = SubcommandSpec("model", "layers, shapes, parameter counts and a diagram")

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.showModel(span: options.span, output: output)
    }
}
