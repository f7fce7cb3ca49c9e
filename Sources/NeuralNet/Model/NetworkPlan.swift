/// A network worked out before any weight exists: what each layer receives and gives, and how
/// many parameters it has. What `show model` lists, what the language checks a new layer
/// against, and what keeps an absurd network from being allocated.
public struct NetworkPlan: Sendable, Equatable {
    /// One layer of the plan.
    public struct Step: Sendable, Equatable {
        /// The layer.
        public var config: LayerConfig
        /// What enters it.
        public var input: LayerInput
        /// The per-example shape it gives.
        public var outputShape: [Int]
        /// Its number of trainable values.
        public var parameterCount: Int
    }

    /// What one example of the network's input is.
    public var input: LayerInput
    /// The layers in order.
    public var steps: [Step]

    /// Works out `configs` on `input`; throws, naming the layer, when one cannot take what it
    /// would receive.
    public init(input: LayerInput, configs: [LayerConfig]) throws(LayerBuildError) {
        self.input = input
        steps = []
        var entering = input
        for (i, config) in configs.enumerated() {
            if i == 0, let vocabulary = input.vocabulary, !config.takesTokens {
                entering = LayerInput(shape: input.shape + [vocabulary])   // token ids, one-hot encoded
            }
            do {
                let out = try config.outputShape(for: entering)
                let count = try config.parameterCount(for: entering)
                steps.append(Step(config: config, input: entering, outputShape: out, parameterCount: count))
                entering = LayerInput(shape: out)
            } catch {
                throw LayerBuildError(index: i, config: config, input: entering, error: error)
            }
        }
    }

    /// The per-example shape of the network's output.
    public var outputShape: [Int] {
        if let last = steps.last { return last.outputShape }
        if let v = input.vocabulary { return input.shape + [v] }
        return input.shape
    }

    /// The total number of trainable values.
    public var parameterCount: Int { steps.reduce(0) { $0 + $1.parameterCount } }
}
