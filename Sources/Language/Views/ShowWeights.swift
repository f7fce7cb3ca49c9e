import Autodiff
import NeuralNet
import Plotting

/// `show weights` and `show gradient`: a layer's parameters, or their gradients, as heat maps.
extension Interpreter {
    func showWeights(_ o: ViewOptions, gradients: Bool, output: (Output) -> Void) throws(Diagnostic) {
        let span = o.span
        let model = try builtModel(at: span)
        if gradients {
            guard let train = session.trainingRows else { throw noData(at: span) }
            model.zeroGrad()
            do {
                let x = Tensor(shape: [train.count] + train.exampleShape, data: train.features)
                var context = ForwardContext(training: false)
                let value = try session.loss.value(of: try model.forward(x, context: &context), targets: train.targets, task: train.task)
                value.backward()
            } catch { throw Diagnostic(error.message, at: span) }
            output(.text("gradient of the \(session.loss.rawValue) loss over the \(train.count) training rows (nothing is updated)"))
        }
        let withWeights = model.layers.indices.filter { model.layers[$0].parameterCount > 0 }.map { $0 + 1 }
        var chosen = withWeights
        if let n = o.layer {
            let place = o.layerSpan ?? span
            guard n >= 1, n <= model.layers.count else {
                throw Diagnostic("there is no layer \(n); the network has \(model.layers.count)", at: place)
            }
            guard withWeights.contains(n) else {
                throw Diagnostic("layer \(n) is \(model.layers[n - 1].summary): it has no weights", at: place,
                                 expected: "a layer with weights: " + withWeights.map(String.init).joined(separator: ", "))
            }
            chosen = [n]
        }
        for n in chosen {
            for picture in weightPictures(model.layers[n - 1], number: n, gradients: gradients) {
                output(.picture(picture))
            }
        }
        if gradients { model.zeroGrad() }
    }

    /// A layer's parameters (or their gradients) as heat maps: a dense layer's W with its bias
    /// as a last column; any other parameter as a matrix of its first axis against the rest.
    func weightPictures(_ layer: any Layer, number n: Int, gradients: Bool) -> [HeatMap] {
        func values(_ t: Tensor) -> [Float] { gradients ? (t.grad ?? [Float](repeating: 0, count: t.count)) : t.data }
        func norm(_ v: [Float]) -> Double { v.reduce(0) { $0 + Double($1) * Double($1) }.squareRoot() }
        if let d = layer as? Dense {
            let w = values(d.weight), bias = values(d.bias)
            let matrix = (0..<d.units).map { u in (0..<d.inputs).map { Double(w[u * d.inputs + $0]) } + [Double(bias[u])] }
            let what = gradients ? "∂loss/∂W" : "W"
            return [HeatMap(title: "layer \(n) \(what) (rows: \(d.units) units; columns: \(d.inputs) inputs + bias) · norm \(Format.number(norm(w), digits: 4))",
                            values: matrix, rowLabels: (1...d.units).map { "u\($0)" },
                            columnLabels: (1...d.inputs).map { "x\($0)" } + ["b"])]
        }
        return zip(layer.parameterNames, layer.parameters).map { name, p in
            let v = values(p)
            let rows = p.rank >= 2 ? p.shape[0] : 1
            let cols = Swift.max(1, p.count / Swift.max(rows, 1))
            let matrix = (0..<rows).map { r in (0..<cols).map { Double(v[r * cols + $0]) } }
            let what = gradients ? "∂loss/∂\(name)" : name
            return HeatMap(title: "layer \(n) (\(layer.summary)) \(what) \(OutputLayer.describe(p.shape)) · norm \(Format.number(norm(v), digits: 4))",
                           values: matrix, rowLabels: (1...rows).map { "\($0)" }, columnLabels: (1...cols).map { "\($0)" })
        }
    }
}

/// The view `show weights`.
enum ShowWeights: SessionView {
    static let sub = SubcommandSpec("weights", "weights as heat maps, with norms", options: [CommonOptions.layer])

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.showWeights(options, gradients: false, output: output)
    }
}

/// The view `show gradient`.
enum ShowGradient: SessionView {
    static let sub = SubcommandSpec("gradient", "gradients as heat maps, with norms", options: [
        CommonOptions.layer, .flag("time", summary: "gradient norm per time step of a recurrent layer")])

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.showWeights(options, gradients: true, output: output)
    }
}
