import NeuralNet
import Plotting

/// `show settings`: every hyper-parameter and its value.
extension Interpreter {
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
}

/// The view `show settings`.
enum ShowSettings: SessionView {
    static let sub = SubcommandSpec("settings", "every hyper-parameter and its value")

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        output(.picture(interpreter.settingsTable()))
    }
}
