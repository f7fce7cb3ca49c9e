import Autodiff
import NeuralNet

/// Building the network from its declaration: `model clear`, adding a layer, initialising,
/// the design (declared layers and the added output), and the built network.
extension Interpreter {
    func modelClear(output: (Output) -> Void) {
        session.layers = []
        session.keepsLastAsOutput = false
        session.layerInitializers = [:]
        session.initializer = .xavier
        session.invalidateModel()
        output(.text("model cleared: no layers (the output layer is added to fit the data); init xavier"))
    }

    /// `layer …`: appends `config` (before the output layer after `load`), refusing a layer
    /// that cannot take what it would receive, or a last layer that cannot serve the data.
    func addLayer(_ config: LayerConfig, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        guard session.layers.count < Limits.maxLayers else {
            throw Diagnostic("a network may have at most \(Limits.maxLayers) layers", at: span)
        }
        var layers = session.layers
        let position = session.keepsLastAsOutput && !layers.isEmpty ? layers.count - 1 : layers.count
        layers.insert(config, at: position)
        if let data = session.data {
            if position == layers.count - 1, let refusal = OutputLayer.refusal(config, for: data) {
                throw Diagnostic(refusal.message, at: span, expected: refusal.expected)
            }
            _ = try networkDesign(for: data, layers: layers, checkOutput: false, at: span)
        }
        session.layers = layers
        session.invalidateModel()
        let note = position < layers.count - 1 ? " (before the output layer)" : ""
        output(.text("layer \(position + 1): \(config.summary)\(note)"))
    }

    /// `init SCHEME [layer=N] [seed=S]`: new weights for every layer, or for layer N.
    func initialize(_ scheme: Initializer, layer: (number: Int, span: SourceSpan)?, seed: Int?,
                    at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        if let seed {
            session.generator = SplitMix64(seed: UInt64(seed))
        }
        if let (number, layerSpan) = layer {
            guard let data = session.data else { throw noData(at: layerSpan) }
            let design = try networkDesign(for: data, layers: session.layers, checkOutput: false, at: span)
            let step = try design.step(number, at: layerSpan)
            guard step.parameterCount > 0 else {
                throw Diagnostic("layer \(number) is \(step.config.summary): it has no weights to initialise", at: layerSpan,
                                 expected: design.numbersWithWeights)
            }
            session.layerInitializers[number] = scheme
        } else {
            session.initializer = scheme
            session.layerInitializers = [:]
        }
        let hadModel = session.model != nil
        session.invalidateModel()
        _ = try builtModel(at: span)
        let target = layer.map { "layer \($0.number)" } ?? "all layers"
        output(.text("init \(scheme.name): \(target)\(hadModel ? " re-initialised; training history cleared" : "")"))
    }

    /// The network the session builds on `data`: the declared layers, the output layer added
    /// when they do not end in one, and the shapes and parameter counts of each.
    struct NetworkDesign {
        /// Every layer, the added output included.
        var configs: [LayerConfig]
        /// Whether the last layer was added to fit the data.
        var outputAdded: Bool
        /// Shapes and parameter counts.
        var plan: NetworkPlan

        /// Layer `number` (from 1), or an error naming the layers there are.
        func step(_ number: Int, at span: SourceSpan) throws(Diagnostic) -> NetworkPlan.Step {
            guard number >= 1, number <= plan.steps.count else {
                let count = plan.steps.count
                throw Diagnostic("there is no layer \(number); the network has \(count) layer\(count == 1 ? "" : "s")"
                                 + (outputAdded ? " (layer \(count) is the output layer, added)" : ""),
                                 at: span, expected: "a layer number from 1 to \(count) (`show model` lists them)")
            }
            return plan.steps[number - 1]
        }

        /// "layers 1 and 3 have weights", for messages.
        var numbersWithWeights: String {
            let numbers = plan.steps.indices.filter { plan.steps[$0].parameterCount > 0 }.map { String($0 + 1) }
            switch numbers.count {
            case 0: return "a layer with weights (this network has none)"
            case 1: return "layer \(numbers[0]), the one with weights"
            default: return "a layer with weights: " + numbers.dropLast().joined(separator: ", ") + " or " + (numbers.last ?? "")
            }
        }
    }

    /// Works out the network `layers` make on `data`, refusing a layer that cannot take its
    /// input, a network over the parameter limit, and (with `checkOutput`) an output that
    /// cannot be scored against the data's targets.
    func networkDesign(for data: Dataset, layers: [LayerConfig], checkOutput: Bool = true,
                       at span: SourceSpan) throws(Diagnostic) -> NetworkDesign {
        var configs = layers
        let outputAdded = !(layers.last.map { OutputLayer.serves($0, for: data) } ?? false)
        if outputAdded { configs.append(OutputLayer.added(for: data)) }
        let plan: NetworkPlan
        do {
            plan = try NetworkPlan(input: Session.modelInput(for: data), configs: configs)
        } catch {
            let added = outputAdded && error.index == configs.count - 1 ? " (the output layer, added)" : ""
            throw Diagnostic("layer \(error.index + 1) (\(error.config.summary))\(added) cannot take its input: \(error.error.message)",
                             at: span, expected: error.error.suggestion)
        }
        guard plan.parameterCount <= Limits.maxParameters else {
            throw Diagnostic("that network would have \(plan.parameterCount) parameters, over the limit of \(Limits.maxParameters)", at: span)
        }
        if checkOutput, let mismatch = OutputLayer.mismatch(outputShape: plan.outputShape, data: data) {
            throw Diagnostic(mismatch.message, at: span, expected: mismatch.expected)
        }
        return NetworkDesign(configs: configs, outputAdded: outputAdded, plan: plan)
    }

    /// The network, built (with fresh weights from the session's generator) if needed.
    @discardableResult
    func builtModel(at span: SourceSpan) throws(Diagnostic) -> Sequential {
        if let model = session.model { return model }
        guard let data = session.data else { throw noData(at: span) }
        let design = try networkDesign(for: data, layers: session.layers, at: span)
        let model: Sequential
        do {
            model = try Sequential.build(input: design.plan.input, configs: design.configs)
        } catch {
            throw Diagnostic(error.description, at: span)
        }
        for (i, layer) in model.layers.enumerated() {
            layer.initialize(session.layerInitializers[i + 1] ?? session.initializer, generator: &session.generator)
        }
        session.model = model
        session.outputIsImplied = design.outputAdded
        session.optimizer = nil
        session.history = []
        session.steps = 0
        session.earlyStopping = EarlyStopping(patience: session.training.patience)
        return model
    }
}

extension Session {
    /// What one example of `data` is to a network: its shape, and its vocabulary when the
    /// values are token ids.
    static func modelInput(for data: Dataset) -> LayerInput {
        LayerInput(shape: data.exampleShape, vocabulary: data.vocabulary?.count)
    }
}
