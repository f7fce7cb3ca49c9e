import Autodiff
import NeuralNet
import Plotting

/// `compare lr 0.001 0.01 0.1 1 epochs=50`: one copy of the session per value, each trained
/// from the same start; overlaid curves and a results table. The session itself is unchanged.
extension Interpreter {
    /// `compare SETTING VALUES… epochs=N`.
    func compare(_ setting: String, values: [ArgumentValue], epochs: Int, at span: SourceSpan,
                 output: (Output) -> Void) throws(Diagnostic) {
        _ = try builtModel(at: span)
        let original = session
        var series: [LineSeries] = []
        var rows: [[String]] = []
        var interrupted = false
        defer { session = original }
        for (index, value) in values.enumerated() {
            session = original.copy()
            let label = value.displayText
            try apply(setting: setting, value: value, span: span)
            let trainer = try makeTrainer(at: span)
            let firstEpoch = trainer.history.count
            let outcome: Trainer.Outcome
            do {
                outcome = try trainer.train(epochs: epochs, shouldStop: shouldStop) { record in
                    guard liveProgress else { return }   // a terminal shows which run is how far along
                    let fraction = (Double(index) + Double(record.epoch - firstEpoch) / Double(epochs)) / Double(values.count)
                    output(.progress(ProgressBar(fraction: fraction, label: "\(setting) \(label) (\(index + 1) of \(values.count))",
                                                 fields: Interpreter.fields(record))))
                }
            } catch { throw Diagnostic(error.message, at: span) }
            let records = Array(trainer.history.dropFirst(firstEpoch))
            let useValid = records.contains { $0.validLoss != nil }
            series.append(LineSeries(name: "\(setting) \(label)", xs: records.map { Double($0.epoch - firstEpoch) },
                                     ys: records.map { Double(useValid ? ($0.validLoss ?? .nan) : $0.trainLoss) }))
            let last = records.last
            var note = ""
            if case .diverged(let epoch, _, _) = outcome { note = "diverged (epoch \(epoch - firstEpoch))" }
            if case .interrupted = outcome { note = "interrupted" }
            if case .stoppedEarly(let epoch, _) = outcome { note = "stopped early (epoch \(epoch - firstEpoch))" }
            rows.append(["\(label)", last.map { Format.number(Double($0.trainLoss), digits: 4) } ?? "–",
                         last?.validLoss.map { Format.number(Double($0), digits: 4) } ?? "–",
                         (last?.validAccuracy ?? last?.trainAccuracy).map { Format.fixed(Double($0), decimals: 3) } ?? "–", note])
            if case .interrupted = outcome {
                interrupted = true
                break
            }
        }
        // A diverged run's huge losses would flatten every other curve: points beyond ten
        // times the largest starting loss are left out (the table says "diverged").
        let ceiling = 10 * (series.compactMap { $0.ys.first(where: { $0.isFinite }) }.max() ?? .infinity)
        series = series.map { s in
            LineSeries(name: s.name, xs: s.xs, ys: s.ys.map { $0.isFinite && $0 <= ceiling ? $0 : .nan })
        }
        output(.picture(LinePlot(title: "compare \(setting): \(series.first.map { _ in "valid" } ?? "") loss by epoch", series: series,
                                 xLabel: "epoch", yLabel: "loss", height: 12)))
        let title = interrupted
            ? "interrupted (Ctrl-C) in the run of \(setting) \(rows.last?.first ?? ""): \(values.count - rows.count) of \(values.count) values not run"
            : "after \(epochs) epochs"
        output(.picture(Table(title: title, headers: [setting, "train loss", "valid loss", "accuracy", "note"], rows: rows,
                              alignments: [.right, .right, .right, .right, .left])))
    }

    /// Applies one value of a compared setting to the (copied) session.
    func apply(setting: String, value: ArgumentValue, span: SourceSpan) throws(Diagnostic) {
        if session.apply(setting: setting, value: value.doubleValue ?? 0) {
            if setting == "seed" { session.invalidateModel() }  // each seed draws its own weights
        } else {
            switch setting {
            case "init":
                // `constant` alone compares the symmetric start of lesson 09, so 0.5 rather than 0.
                let name = value.displayText
                session.initializer = name == "constant" ? .constant(0.5) : Session.initializer(named: name)
                session.invalidateModel()
            case "optimizer":
                if let kind = OptimizerSettings.Kind(rawValue: value.displayText) {
                    session.optimizerSettings = OptimizerSettings(kind: kind)
                    session.optimizer = nil
                }
            case "loss":
                session.lossChoice = Loss(rawValue: value.displayText)
            default:
                throw Diagnostic("cannot compare `\(setting)`", at: span)
            }
        }
        _ = try builtModel(at: span)
    }
}

extension ArgumentValue {
    /// The value as the learner typed it: `0.01`, `adam`.
    var displayText: String {
        switch self {
        case .integer(let i): return String(i)
        case .number(let d): return Format.number(d)
        case .word(let w): return w
        case .string(let s): return s
        case .numbers(let list): return list.map { Format.number($0) }.joined(separator: " ")
        case .expression(let e): return e.description
        }
    }
}
