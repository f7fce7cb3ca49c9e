import Autodiff
import NeuralNet
import Plotting

/// The plane of 2-D data as a grid of points, and what a network says at each: shared by
/// `show boundary` and `show neurons`.
extension Interpreter {
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

    /// The rows of a 2-D data set as labelled points.
    func points(of rows: Dataset) -> [LabeledPoint] {
        (0..<rows.count).map { LabeledPoint(x: Double(rows.features[2 * $0]), y: Double(rows.features[2 * $0 + 1]), label: rows.label($0) ?? 0) }
    }

    /// Class names for pictures: the data's, or "class 0", "class 1".
    func classNames(_ rows: Dataset) -> [String] {
        (0..<(rows.task.classCount ?? 0)).map { rows.classNames == nil ? "class \($0)" : rows.className($0) }
    }
}
