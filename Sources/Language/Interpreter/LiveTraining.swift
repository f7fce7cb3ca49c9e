import Dispatch
import Autodiff
import NeuralNet
import Plotting

/// When `train … live` redraws its picture: after the first epoch, then after at least
/// `interval`, and never more often than keeps the time spent drawing under a tenth of the
/// time training (a picture that takes 20 ms to draw and show is redrawn at most every 180 ms).
///
/// Timing decides only how often a transient picture is shown; what training computes, and
/// what a transcript or notebook keeps, never depends on it.
struct LivePacer {
    /// The shortest time between two pictures, in nanoseconds (ten a second).
    static let interval: UInt64 = 100_000_000
    /// Drawing may take this share of the time at most: the next picture waits 9× the last one's cost.
    static let costFactor: UInt64 = 9

    private var nextDue: UInt64 = 0

    /// Whether a picture is due at `now` (nanoseconds of uptime).
    func isDue(at now: UInt64) -> Bool { now >= nextDue }

    /// Records that a picture was built and shown from `start` to `end`.
    mutating func drew(from start: UInt64, to end: UInt64) {
        let cost = end > start ? end - start : 0
        nextDue = end + Swift.max(LivePacer.interval, LivePacer.costFactor * cost)
    }
}

extension Interpreter {
    /// Redraws the live picture of a training when it is due. The last epoch does not need
    /// one: training ends by showing the final picture for good.
    func liveRedraw(_ trainer: Trainer, done: Int, of epochs: Int, span: SourceSpan, pacer: inout LivePacer,
                    output: (Output) -> Void) {
        let start = DispatchTime.now().uptimeNanoseconds
        guard pacer.isDue(at: start), done < epochs else { return }
        guard let last = trainer.history.last else { return }
        let title = "epoch \(last.epoch) · " + Interpreter.fields(last).joined(separator: " · ")
        let boundary: (any Picture)? = liveBoundary(trainer.model, title: "decision regions, \(title)", span: span)
        if let picture = boundary ?? liveCurve(trainer.history, title: "loss by epoch, \(title)") {
            output(.live(picture))
        }
        pacer.drew(from: start, to: DispatchTime.now().uptimeNanoseconds)
    }

    /// The decision regions of `model` over the plane with the training points on top, for
    /// 2-D classification data; nil for other data or weights that are not finite.
    func liveBoundary(_ model: Sequential, title: String, span: SourceSpan) -> RegionMap? {
        guard let data = session.data, data.featureCount == 2, case .classification = data.task,
              let rows = session.split?.train else { return nil }
        guard model.parameters.allSatisfy({ $0.data.allSatisfy(\.isFinite) }) else { return nil }
        let columns = 60, gridRows = 30
        let (extent, inputs) = planeGrid(data, columns: columns, rows: gridRows)
        guard let (cells, classes) = try? regionCells(model, inputs, span: span), cells.count == columns * gridRows else { return nil }
        let grid = (0..<gridRows).map { r in Array(cells[r * columns..<(r + 1) * columns]) }
        return RegionMap(title: title, cells: grid, classCount: classes, extent: extent,
                         points: points(of: rows), classNames: classNames(rows))
    }

    /// The train (and valid) loss by epoch so far.
    func liveCurve(_ history: [EpochRecord], title: String) -> LinePlot? {
        guard !history.isEmpty else { return nil }
        let epochs = history.map { Double($0.epoch) }
        var series = [LineSeries(name: "train loss", xs: epochs, ys: history.map { Double($0.trainLoss) })]
        if history.contains(where: { $0.validLoss != nil }) {
            series.append(LineSeries(name: "valid loss", xs: epochs, ys: history.map { Double($0.validLoss ?? .nan) }))
        }
        return LinePlot(title: title, series: series, xLabel: "epoch", yLabel: "loss", height: 12)
    }
}
