import NeuralNet
import Plotting

/// `show data`: a scatter, an image grid, sequences as rows, or a table.
extension Interpreter {
    func showData(_ o: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        guard let data = session.data else { throw noData(at: o.span) }
        let (name, rows) = o.split != nil ? try chosenRows(o) : ("all", data)
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
}

/// The view `show data`.
enum ShowData: SessionView {
    static let sub = SubcommandSpec("data", "the dataset: scatter, image grid, sequences or a table", options: [CommonOptions.split])

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.showData(options, output: output)
    }
}
