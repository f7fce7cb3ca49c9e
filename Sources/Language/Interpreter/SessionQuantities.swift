import Autodiff
import NeuralNet

/// Measurements of the session usable in expressions and `expect` conditions:
/// `accuracy(valid)`, `loss(train)`, `distinct_units(1)`, `epochs`, `epochs_to(0.9)`,
/// `best_epoch`, `roughness`, `diverged`.
extension Interpreter {
    /// The names of the session's measurements.
    static let sessionFunctions = ["accuracy", "loss", "distinct_units", "epochs", "epochs_to", "best_epoch", "roughness", "diverged"]

    /// The value of a session measurement, or nil when `name` is not one.
    func sessionQuantity(_ name: String, arguments: [Expression], span: SourceSpan, source: String) throws(Diagnostic) -> Tensor? {
        switch name {
        case "accuracy", "loss":
            let split = try splitArgument(arguments, span: span, function: name)
            let evaluation = try evaluation(on: split, span: span)
            if name == "loss" { return Tensor(evaluation.loss) }
            guard let accuracy = evaluation.accuracy else {
                throw Diagnostic("accuracy needs classes; this data is a regression (use loss)", at: span)
            }
            return Tensor(accuracy)
        case "distinct_units":
            var layer = 1
            if let first = arguments.first {
                let v = try evaluate(first, source: source)
                layer = Int(v.scalar)
            }
            return Tensor(Float(try distinctUnits(layer: layer, span: span)))
        case "epochs":
            return Tensor(Float(session.history.count))
        case "epochs_to":
            guard let first = arguments.first else {
                throw Diagnostic("epochs_to takes the accuracy to reach, as in epochs_to(0.9)", at: span)
            }
            let goal = try evaluate(first, source: source).scalar
            let hit = session.history.first { ($0.validAccuracy ?? $0.trainAccuracy ?? -1) >= goal }
            return Tensor(hit.map { Float($0.epoch) } ?? .infinity)
        case "best_epoch":
            return Tensor(Float(session.earlyStopping.bestEpoch))
        case "roughness":
            // How often the training loss rose from one epoch to the next: 0 for a curve that
            // only falls, however fast; near 0.5 when noise drowns the trend.
            let losses = session.history.map(\.trainLoss)
            guard losses.count >= 2 else {
                throw Diagnostic("roughness needs at least 2 epochs of history", at: span)
            }
            let rises = zip(losses.dropFirst(), losses).filter { $0 > $1 }.count
            return Tensor(Float(rises) / Float(losses.count - 1))
        case "diverged":
            return Tensor(session.diverged ? 1 : 0)
        default:
            return nil
        }
    }

    /// The split named by the single argument of `accuracy(…)`/`loss(…)`.
    func splitArgument(_ arguments: [Expression], span: SourceSpan, function: String) throws(Diagnostic) -> String {
        guard arguments.count == 1, case .identifier(let word, let wordSpan) = arguments[0] else {
            throw Diagnostic("\(function) takes a split: \(function)(train), \(function)(valid) or \(function)(test)", at: span)
        }
        guard ["train", "valid", "test"].contains(word) else {
            throw Diagnostic("unknown split `\(word)`", at: wordSpan, expected: "train, valid or test",
                             suggestion: Suggest.nearest(to: word, in: ["train", "valid", "test"]))
        }
        return word
    }

    /// The current model evaluated on a split.
    func evaluation(on split: String, span: SourceSpan) throws(Diagnostic) -> Evaluation {
        let model = try builtModel(at: span)
        let rows = try rows(of: split, span: span)
        do {
            return try Evaluation.of(model, on: rows, loss: session.loss)
        } catch {
            throw Diagnostic(error.message, at: span)
        }
    }

    /// The rows of a split (the un-augmented training set for `train`).
    func rows(of split: String, span: SourceSpan) throws(Diagnostic) -> Dataset {
        guard let parts = session.split else { throw noData(at: span) }
        let rows: Dataset
        switch split {
        case "train": rows = parts.train
        case "valid": rows = parts.valid
        default: rows = parts.test
        }
        guard rows.count > 0 else {
            throw Diagnostic("the \(split) split is empty (see `split`)", at: span, expected: "a split with rows, e.g. `split 70 15 15`")
        }
        return rows
    }

    /// How many hidden units of a dense layer (its layer number, from 1) are really different:
    /// units whose incoming weights and bias agree to 1e-6 count once.
    func distinctUnits(layer: Int, span: SourceSpan) throws(Diagnostic) -> Int {
        let model = try builtModel(at: span)
        let count = model.layers.count
        guard layer >= 1, layer <= count else {
            throw Diagnostic("there is no layer \(layer); the network has \(count)", at: span)
        }
        guard let d = model.layers[layer - 1] as? Dense else {
            throw Diagnostic("layer \(layer) is \(model.layers[layer - 1].summary); distinct units are counted in a dense hidden layer", at: span)
        }
        guard layer < count else {   // the last layer is the output: nothing to compare
            throw Diagnostic("layer \(layer) is the output layer; distinct units are counted in a hidden layer", at: span,
                             expected: count > 1 ? "a hidden layer, 1 to \(count - 1)" : "a hidden layer first, e.g. `layer dense 8 tanh`")
        }
        var distinct: [[Float]] = []
        for u in 0..<d.units {
            let row = Array(d.weight.data[u * d.inputs..<(u + 1) * d.inputs]) + [d.bias.data[u]]
            if !distinct.contains(where: { other in zip(other, row).allSatisfy { Swift.abs($0 - $1) <= 1e-6 } }) {
                distinct.append(row)
            }
        }
        return distinct.count
    }

    /// The "no data yet" error.
    func noData(at span: SourceSpan) -> Diagnostic {
        Diagnostic("there is no data yet", at: span, expected: "a data set first, e.g. `data spiral`")
    }
}
