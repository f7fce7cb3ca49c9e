import NeuralNet
import Plotting

/// `show boundary`: the decision regions over the plane, the points on top.
extension Interpreter {
    func showBoundary(_ o: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        let span = o.span
        guard let data = session.data else { throw noData(at: span) }
        guard data.featureCount == 2, data.exampleShape.count == 1, case .classification = data.task else {
            let has = data.featureCount != 2
                ? "\(data.featureCount) feature\(data.featureCount == 1 ? "" : "s")"
                : "a numeric target (try `show data`)"
            throw Diagnostic("decision regions are drawn for 2-D classification data; \(data.name) has \(has)", at: span,
                             expected: "a 2-D data set such as `data spiral`")
        }
        let model = try soundModel(at: span)
        let (name, rows) = try chosenRows(o, default: o.split == nil ? "train" : nil)
        let columns = 60, gridRows = 30
        let (extent, inputs) = planeGrid(data, columns: columns, rows: gridRows)
        let (cells, classes) = try regionCells(model, inputs, span: span)
        let grid = (0..<gridRows).map { r in Array(cells[r * columns..<(r + 1) * columns]) }
        output(.picture(RegionMap(title: "decision regions, \(name) points on top", cells: grid, classCount: classes,
                                  extent: extent, points: points(of: rows), classNames: classNames(rows))))
    }
}

/// The view `show boundary`.
enum ShowBoundary: SessionView {
    static let sub = SubcommandSpec("boundary", "decision regions over the 2-D plane", options: [CommonOptions.split])

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.showBoundary(options, output: output)
    }
}
