import Foundation
import Autodiff
import NeuralNet
import Plotting

/// `show …`: every look inside the data, the network and its training.
extension Interpreter {
    func showCommand(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        let span = c.command.span
        switch c.subcommand ?? "" {
        case "data": try showData(c, output: output)
        case "model": try showModel(span: span, output: output)
        case "settings": output(.picture(settingsTable()))
        case "curve":
            guard session.history.count >= 1 else {
                throw Diagnostic("there is no training history yet", at: span, expected: "`train 50` first")
            }
            output(.picture(curvePicture(height: 12)))
            if session.history.contains(where: { $0.trainAccuracy != nil }) { output(.picture(accuracyPicture())) }
        case "boundary": try showBoundary(c, output: output)
        case "neurons": try showNeurons(c, output: output)
        case "weights": try showWeights(c, gradients: false, output: output)
        case "gradient": try showWeights(c, gradients: true, output: output)
        case "activations": try showActivations(c, output: output)
        case "confusion": try showConfusion(c, output: output)
        case "graph": try showGraph(span: span, output: output)
        default:
            throw Diagnostic("`show \(c.subcommand ?? "")` comes with the recurrent and attention layers, which this version does not have yet",
                             at: c.command.arguments.first?.span ?? span, expected: "show data, model, curve, boundary, weights, gradient…")
        }
    }

    /// The split named by `split=` (default: the test split, else valid, else train).
    func chosenRows(_ c: ValidatedCommand, default name: String? = nil) throws(Diagnostic) -> (String, Dataset) {
        guard let split = session.split else { throw noData(at: c.command.span) }
        if let word = c.word("split") { return (word, try rows(of: word, span: c.span(of: "split") ?? c.command.span)) }
        if let name { return (name, try rows(of: name, span: c.command.span)) }
        if split.test.count > 0 { return ("test", split.test) }
        if split.valid.count > 0 { return ("valid", split.valid) }
        return ("train", split.train)
    }

    func showData(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        guard let data = session.data else { throw noData(at: c.command.span) }
        let (name, rows) = c.word("split") != nil ? try chosenRows(c) : ("all", data)
        output(.text(dataSummary()))
        if rows.exampleShape.count > 1 || rows.vocabulary != nil {
            output(.picture(sequenceTable(rows, name: name)))
        } else if let image = rows.imageShape {
            let count = Swift.min(rows.count, 24)
            let images = (0..<count).map { i in
                GrayImage(width: image.cols, height: image.rows, pixels: rows.row(i).x, label: rows.className(rows.label(i) ?? 0))
            }
            output(.picture(ImageGrid(title: "\(data.name): the first \(count) images (\(name))", images: images)))
        } else if rows.featureCount == 2, case .classification = rows.task {
            output(.picture(ScatterPlot(title: "\(data.name) (\(name), \(rows.count) points)", points: points(of: rows),
                                        classNames: classNames(rows))))
        } else if rows.featureCount == 1, case .regression = rows.task {
            let pairs = (0..<rows.count).map { (x: Double(rows.features[$0]), y: Double(rows.targets[$0 * rows.targetWidth])) }.sorted { $0.x < $1.x }
            output(.picture(LinePlot(title: "\(data.name) (\(name))", series: [LineSeries(name: rows.targetName, points: pairs)],
                                     xLabel: rows.featureNames.first, yLabel: rows.targetName)))
        } else {
            let count = Swift.min(rows.count, 10)
            let headers = Array(rows.featureNames.prefix(8)) + [rows.targetName]
            let table = (0..<count).map { i -> [String] in
                let r = rows.row(i)
                return r.x.prefix(8).map { Format.number(Double($0), digits: 4) } + [rows.label(i).map(rows.className) ?? Format.number(Double(r.y.first ?? 0), digits: 4)]
            }
            output(.picture(Table(title: "the first \(count) of \(rows.count) rows", headers: headers, rows: table)))
        }
    }

    /// Class names for pictures: the data's, or "class 0", "class 1".
    func classNames(_ rows: Dataset) -> [String] {
        (0..<(rows.task.classCount ?? 0)).map { rows.classNames == nil ? "class \($0)" : rows.className($0) }
    }

    /// The rows of a 2-D data set as labelled points.
    func points(of rows: Dataset) -> [LabeledPoint] {
        (0..<rows.count).map { LabeledPoint(x: Double(rows.features[2 * $0]), y: Double(rows.features[2 * $0 + 1]), label: rows.label($0) ?? 0) }
    }

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

    /// The first rows of a sequence data set: each input sequence as a row of tokens or
    /// values, its target beside it.
    func sequenceTable(_ rows: Dataset, name: String) -> Table {
        let count = Swift.min(rows.count, 8)
        let body = (0..<count).map { i -> [String] in
            let r = rows.row(i)
            return ["#\(i + 1)", sequenceText(r.x, shape: rows.exampleShape, rows: rows, tokens: rows.vocabulary != nil),
                    targetText(r.y, rows: rows)]
        }
        return Table(title: "\(rows.name): the first \(count) of \(rows.count) sequences (\(name))",
                     headers: ["", "input", rows.targetName], rows: body, alignments: [.right, .left, .left])
    }

    /// A sequence as text: tokens by name, one value per step, or each step's values in
    /// brackets; a 0/1 marker in the second of two values (the adding problem) marks the value.
    func sequenceText(_ values: [Float], shape: [Int], rows: Dataset, tokens: Bool) -> String {
        let steps = shape.first ?? values.count
        let per = Swift.max(1, values.count / Swift.max(steps, 1))
        let marked = per == 2 && stride(from: 1, to: values.count, by: 2).allSatisfy { values[$0] == 0 || values[$0] == 1 }
        let whole = values.allSatisfy { $0 == $0.rounded() && Swift.abs($0) < 1000 }
        let limit = tokens || whole ? 16 : 8
        var parts: [String] = []
        for t in 0..<Swift.min(steps, limit) {
            let step = Array(values[t * per..<(t + 1) * per])
            if tokens { parts.append(rows.tokenName(Int(step[0]))) }
            else if per == 1 { parts.append(whole ? String(Int(step[0])) : Format.fixed(Double(step[0]), decimals: 2)) }
            else if marked { parts.append(step[1] == 1 ? "[\(Format.fixed(Double(step[0]), decimals: 2))]" : Format.fixed(Double(step[0]), decimals: 2)) }
            else { parts.append("(" + step.map { Format.fixed(Double($0), decimals: 2) }.joined(separator: ", ") + ")") }
        }
        if steps > limit { parts.append("… (\(steps) steps)") }
        return parts.joined(separator: " ")
    }

    /// A target as text: a class name, class names per step, or values.
    func targetText(_ values: [Float], rows: Dataset) -> String {
        switch rows.task {
        case .classification: return rows.className(Int(values.first ?? 0))
        case .classPerStep:
            let names = values.prefix(12).map { rows.className(Int($0)) }
            return names.joined(separator: " ") + (values.count > 12 ? " …" : "")
        case .regression, .valuePerStep:
            let shown = values.prefix(8).map { Format.fixed(Double($0), decimals: 2) }
            return shown.joined(separator: " ") + (values.count > 8 ? " …" : "")
        }
    }

    func settingsTable() -> Table {
        let t = session.training
        let o = session.optimizerSettings
        var rows: [[String]] = [
            ["data", session.data == nil ? "none" : session.dataDescription],
            ["split", session.splitPercents.map { Format.number($0) }.joined(separator: " / ")],
            ["augment", session.augmentation ?? "none"],
            ["layers", session.layers.isEmpty ? "none (output layer only)" : session.layers.map(\.summary).joined(separator: ", ")],
            ["init", session.initializer.name],
            ["loss", session.loss.rawValue + (session.lossChoice == nil ? " (from the data)" : "")],
            ["optimizer", o.kind.rawValue],
            ["lr", Format.number(Double(o.learningRate))],
        ]
        switch o.kind {
        case .momentum, .nesterov: rows.append(["momentum", Format.number(Double(o.momentum))])
        case .adam, .adamw: rows.append(["beta1 / beta2", "\(Format.number(Double(o.beta1))) / \(Format.number(Double(o.beta2)))"])
        case .rmsprop: rows.append(["rho", Format.number(Double(o.beta2))])
        default: break
        }
        rows += [
            ["batch", "\(t.batchSize)"],
            ["l2", Format.number(Double(t.penalty.l2))],
            ["l1", Format.number(Double(t.penalty.l1))],
            ["clip", t.clipNorm > 0 ? Format.number(Double(t.clipNorm)) : "off"],
            ["patience", t.patience > 0 ? "\(t.patience)" : "off"],
            ["seed", "\(session.seed)"],
        ]
        return Table(title: "settings", headers: ["setting", "value"], rows: rows, alignments: [.left, .left])
    }

    /// Train and valid loss by epoch.
    func curvePicture(height: Int) -> LinePlot {
        let epochs = session.history.map { Double($0.epoch) }
        var series = [LineSeries(name: "train loss", xs: epochs, ys: session.history.map { Double($0.trainLoss) })]
        if session.history.contains(where: { $0.validLoss != nil }) {
            series.append(LineSeries(name: "valid loss", xs: epochs, ys: session.history.map { Double($0.validLoss ?? .nan) }))
        }
        return LinePlot(title: "loss (\(session.loss.rawValue)) by epoch", series: series, xLabel: "epoch", yLabel: "loss", height: height)
    }

    /// Train and valid accuracy by epoch.
    func accuracyPicture() -> LinePlot {
        let epochs = session.history.map { Double($0.epoch) }
        var series = [LineSeries(name: "train acc", xs: epochs, ys: session.history.map { Double($0.trainAccuracy ?? .nan) })]
        if session.history.contains(where: { $0.validAccuracy != nil }) {
            series.append(LineSeries(name: "valid acc", xs: epochs, ys: session.history.map { Double($0.validAccuracy ?? .nan) }))
        }
        return LinePlot(title: "accuracy by epoch", series: series, xLabel: "epoch", yLabel: "accuracy", height: 8)
    }

    /// A grid over the data's plane (with a margin), row 0 at the top.
    func planeGrid(_ data: Dataset, columns: Int, rows: Int) -> (extent: PlaneExtent, inputs: Tensor) {
        let ranges = data.featureRanges()
        let xr = ranges[0], yr = ranges[1]
        let padX = Swift.max(Double(xr.upperBound - xr.lowerBound) * 0.05, 0.1)
        let padY = Swift.max(Double(yr.upperBound - yr.lowerBound) * 0.05, 0.1)
        let extent = PlaneExtent(xMin: Double(xr.lowerBound) - padX, xMax: Double(xr.upperBound) + padX,
                                 yMin: Double(yr.lowerBound) - padY, yMax: Double(yr.upperBound) + padY)
        var values: [Float] = []
        values.reserveCapacity(columns * rows * 2)
        for r in 0..<rows {
            let y = extent.yMax - (Double(r) + 0.5) / Double(rows) * (extent.yMax - extent.yMin)
            for col in 0..<columns {
                let x = extent.xMin + (Double(col) + 0.5) / Double(columns) * (extent.xMax - extent.xMin)
                values.append(Float(x))
                values.append(Float(y))
            }
        }
        return (extent, Tensor(shape: [columns * rows, 2], data: values))
    }

    /// What the network says at each row of a batch, as region-map cells: one output unit is
    /// the probability of class 1 (through a sigmoid when the network ends linear); several
    /// units are class probabilities (through a softmax unless the network ends with one).
    func regionCells(_ model: Sequential, _ x: Tensor, span: SourceSpan) throws(Diagnostic) -> (cells: [RegionCell], classes: Int) {
        var y: Tensor
        do { y = try model.predict(x) } catch { throw Diagnostic(error.message, at: span) }
        let width = y.rank == 2 ? y.shape[1] : 1
        if width == 1 {
            let linear = model.outputActivation != .sigmoid
            return (y.data.map { RegionCell(classOneProbability: linear ? Tensor.sigmoid($0) : $0) }, 2)
        }
        if model.outputActivation != .softmax {
            do { y = try y.softmax(axis: 1) } catch { throw Diagnostic(error.message, at: span) }
        }
        let cells = (0..<y.count / width).map { i in
            RegionCell(classProbabilities: Array(y.data[i * width..<(i + 1) * width]))
        }
        return (cells, width)
    }

    func showBoundary(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        let span = c.command.span
        guard let data = session.data else { throw noData(at: span) }
        guard data.featureCount == 2, data.exampleShape.count == 1, case .classification = data.task else {
            let has = data.featureCount != 2
                ? "\(data.featureCount) feature\(data.featureCount == 1 ? "" : "s")"
                : "a numeric target (try `show data`)"
            throw Diagnostic("decision regions are drawn for 2-D classification data; \(data.name) has \(has)", at: span,
                             expected: "a 2-D data set such as `data spiral`")
        }
        let model = try soundModel(at: span)
        let (name, rows) = try chosenRows(c, default: c.word("split") == nil ? "train" : nil)
        let columns = 60, gridRows = 30
        let (extent, inputs) = planeGrid(data, columns: columns, rows: gridRows)
        let (cells, classes) = try regionCells(model, inputs, span: span)
        let grid = (0..<gridRows).map { r in Array(cells[r * columns..<(r + 1) * columns]) }
        output(.picture(RegionMap(title: "decision regions, \(name) points on top", cells: grid, classCount: classes,
                                  extent: extent, points: points(of: rows), classNames: classNames(rows))))
    }

    func showNeurons(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        let span = c.command.span
        guard let data = session.data, data.featureCount == 2, data.exampleShape.count == 1 else {
            throw Diagnostic("unit responses are drawn over the plane of 2-D data", at: span, expected: "a 2-D data set such as `data circle`")
        }
        let model = try soundModel(at: span)
        let layerNumber = c.integer("layer") ?? 1
        guard layerNumber >= 1, layerNumber <= model.layers.count else {
            throw Diagnostic("there is no layer \(layerNumber); the network has \(model.layers.count)", at: c.span(of: "layer") ?? span)
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

    func showWeights(_ c: ValidatedCommand, gradients: Bool, output: (Output) -> Void) throws(Diagnostic) {
        let span = c.command.span
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
        if let n = c.integer("layer") {
            let place = c.span(of: "layer") ?? span
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

    func showActivations(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        let span = c.command.span
        let model = try builtModel(at: span)
        guard let split = session.split else { throw noData(at: span) }
        let count = Swift.min(c.integer("sample") ?? 8, split.train.count, 32)
        guard count > 0 else {
            throw Diagnostic("the training split is empty", at: span, expected: "`split 70 15 15`")
        }
        let rows = split.train.subset(Array(0..<count))
        let x = Tensor(shape: [count] + rows.exampleShape, data: rows.features)
        var context = ForwardContext(training: false)
        let pass: Sequential.Pass
        do { pass = try GradMode.withoutRecording { () throws(TensorError) in try model.forward(x, context: &context, keepLayerOutputs: true) } }
        catch { throw Diagnostic(error.message, at: span) }
        let wanted = c.integer("layer")
        if let wanted, wanted < 1 || wanted > model.layers.count {
            throw Diagnostic("there is no layer \(wanted); the network has \(model.layers.count)", at: c.span(of: "layer") ?? span)
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

    func showConfusion(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        let span = c.command.span
        let model = try builtModel(at: span)
        let (name, rows) = try chosenRows(c)
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

    func showGraph(span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        guard let record = session.lastGradient else {
            throw Diagnostic("there is no computation graph yet", at: span, expected: "a `grad … wrt …` first, e.g. `grad sigmoid(2 * w) wrt w`")
        }
        var names = record.names
        var lines = ["computation graph of \(record.source):"]
        for (i, node) in record.result.topologicalOrder().enumerated() {
            let id = ObjectIdentifier(node)
            if names[id] == nil { names[id] = node.inputs.isEmpty ? "c\(i)" : "t\(i)" }
            let name = names[id] ?? "?"
            let value = Format.values(node.data, shape: node.shape).replacingOccurrences(of: "\n", with: " ")
            let grad = node.grad.map { " · grad " + Format.values($0, shape: node.shape).replacingOccurrences(of: "\n", with: " ") } ?? ""
            if node.inputs.isEmpty {
                lines.append("  \(name) = \(value)\(grad)")
            } else {
                let args = node.inputs.map { names[ObjectIdentifier($0)] ?? "const" }.joined(separator: ", ")
                lines.append("  \(name) = \(node.label)(\(args)) = \(value)\(grad)")
            }
        }
        output(.text(lines.joined(separator: "\n")))
    }
}
