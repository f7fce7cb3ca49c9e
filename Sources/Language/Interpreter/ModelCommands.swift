import Autodiff
import NeuralNet

/// `model clear`, `layer …`, `init …`, and building the network from its declaration.
extension Interpreter {
    func modelClear(output: (Output) -> Void) {
        session.layers = []
        session.layerInitializers = [:]
        session.initializer = .xavier
        session.invalidateModel()
        output(.text("model cleared: no layers (the output layer is added to fit the data); init xavier"))
    }

    func layerCommand(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        let spec: LayerSpec
        switch c.subcommand {
        case "dense":
            let units = c.integer("width") ?? 1
            let activation = Activation(rawValue: c.word("activation") ?? "linear") ?? .linear
            spec = .dense(units: units, activation: activation)
        case "dropout":
            spec = .dropout(rate: Float(c.number("rate") ?? 0.5))
        default:
            throw Diagnostic("`layer \(c.subcommand ?? "")` comes with the recurrent and attention lessons, which this version does not have yet",
                             at: c.command.arguments.first?.span ?? c.command.span, expected: "layer dense or layer dropout")
        }
        guard session.layers.count < Limits.maxLayers else {
            throw Diagnostic("a network may have at most \(Limits.maxLayers) layers", at: c.command.span)
        }
        var widths = [session.data?.featureCount ?? 2]
        for layer in session.layers + [spec] {
            if case .dense(let units, _) = layer { widths.append(units) }
        }
        var parameters = 0
        for i in 1..<widths.count { parameters += widths[i - 1] * widths[i] + widths[i] }
        guard parameters <= Limits.maxParameters else {
            throw Diagnostic("that network would have \(parameters) parameters, over the limit of \(Limits.maxParameters)", at: c.command.span)
        }
        session.layers.append(spec)
        session.invalidateModel()
        output(.text("layer \(session.layers.count): \(spec.summary)"))
    }

    func initCommand(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        let scheme = Session.initializer(named: c.subcommand ?? "xavier",
                                         value: c.number("value") ?? c.number("std") ?? c.number("range"))
        if let seed = c.integer("seed") {
            session.generator = SplitMix64(seed: UInt64(seed))
        }
        if let layer = c.integer("layer") {
            let denseCount = session.layers.filter { if case .dense = $0 { return true } else { return false } }.count
            guard layer <= denseCount else {
                throw Diagnostic("there is no dense layer \(layer); the network declares \(denseCount)", at: c.span(of: "layer") ?? c.command.span)
            }
            session.layerInitializers[layer] = scheme
        } else {
            session.initializer = scheme
            session.layerInitializers = [:]
        }
        let hadModel = session.model != nil
        session.invalidateModel()
        _ = try builtModel(at: c.command.span)
        let target = c.integer("layer").map { "dense layer \($0)" } ?? "all layers"
        output(.text("init \(scheme.name): \(target)\(hadModel ? " re-initialised; training history cleared" : "")"))
    }

    /// The network, built (with fresh weights from the session's generator) if needed.
    @discardableResult
    func builtModel(at span: SourceSpan) throws(Diagnostic) -> Sequential {
        if let model = session.model { return model }
        guard let data = session.data else { throw noData(at: span) }
        let model = Sequential(inputWidth: data.featureCount)
        var denseIndex = 0
        for spec in session.layers {
            switch spec {
            case .dense(let units, let activation):
                denseIndex += 1
                let dense = Dense(inputs: model.outputWidth, units: units, activation: activation)
                (session.layerInitializers[denseIndex] ?? session.initializer).fill(dense, generator: &session.generator)
                model.append(dense)
            case .dropout(let rate):
                model.append(Dropout(rate: rate))
            }
        }
        let needed = Session.outputWidth(for: data)
        let endsInOutput: Bool
        if case .dense(let units, _)? = session.layers.last { endsInOutput = units == needed } else { endsInOutput = false }
        if !endsInOutput {
            denseIndex += 1
            let out = Dense(inputs: model.outputWidth, units: needed, activation: Session.outputActivation(for: data))
            (session.layerInitializers[denseIndex] ?? session.initializer).fill(out, generator: &session.generator)
            model.append(out)
        }
        session.model = model
        session.outputIsImplied = !endsInOutput
        session.optimizer = nil
        session.history = []
        session.steps = 0
        session.earlyStopping = EarlyStopping(patience: session.training.patience)
        return model
    }
}
