import NeuralNet
import Plotting

/// `show curve` (and the curve `train` draws): loss and accuracy by epoch.
extension Interpreter {
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
}

/// The view `show curve`.
enum ShowCurve: SessionView {
    static let sub = SubcommandSpec("curve", "train and valid loss (and accuracy) by epoch")

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        guard !interpreter.session.history.isEmpty else {
            throw Diagnostic("there is no training history yet", at: options.span, expected: "`train 50` first")
        }
        output(.picture(interpreter.curvePicture(height: 12)))
        if interpreter.session.history.contains(where: { $0.trainAccuracy != nil }) { output(.picture(interpreter.accuracyPicture())) }
    }
}
