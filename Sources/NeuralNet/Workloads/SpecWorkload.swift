import Autodiff

/// The reference workloads of `bench/SPEC.md`, set up bit-exactly (same data, same initial
/// weights, same batch order) so nnlab can be checked and timed against its peers.
public struct SpecWorkload: Sendable {
    /// The workload's name as the peers print it.
    public let name: String
    /// The training rows.
    public let train: Dataset
    /// The held-out rows.
    public let test: Dataset
    /// The network, initialised.
    public let model: Sequential
    /// The loss.
    public let loss: Loss
    /// The optimiser's settings.
    public let optimizer: OptimizerSettings
    /// Rows per batch.
    public let batchSize: Int
    /// Epochs (passes over the consecutive, unshuffled batches).
    public let epochs: Int

    /// The batches of one epoch: consecutive slices, the last possibly short.
    public var batches: [[Int]] {
        stride(from: 0, to: train.count, by: batchSize).map { Array($0..<Swift.min($0 + batchSize, train.count)) }
    }

    /// The number of steps of a full run.
    public var totalSteps: Int { epochs * batches.count }

    /// The sum of all initial parameters, in Float64 (SPEC.md §8's `param_sum`).
    public var parameterSum: Double {
        model.parameters.reduce(0) { $0 + $1.data.reduce(0) { $0 + Double($1) } }
    }

    /// A trainer for this workload (no shuffling, no penalties).
    public func makeTrainer() -> Trainer {
        var settings = TrainingSettings()
        settings.batchSize = batchSize
        settings.shuffle = false
        return Trainer(model: model, optimizer: optimizer.make(), loss: loss, settings: settings,
                       train: train, valid: Dataset.empty(like: train), generator: SplitMix64(seed: 0))
    }

    /// Runs every step of the workload (no per-epoch evaluation).
    public func run() throws(TensorError) {
        let trainer = makeTrainer()
        let batches = self.batches
        for _ in 0..<epochs {
            for rows in batches { _ = try trainer.step(rows: rows) }
        }
    }

    /// P1 playground-spiral: 2-8-8-1 tanh, BCE on logits, SGD 0.03, batch 10, 1000 epochs.
    public static func p1() throws -> SpecWorkload {
        let spiral = try Dataset.spiral(n: 500, noise: 0)
        let split = try DataSplit.split(spiral, train: 50, valid: 0, test: 50, seed: 11)
        let model = Sequential(inputWidth: 2, layers: [
            Dense(inputs: 2, units: 8, activation: .tanh),
            Dense(inputs: 8, units: 8, activation: .tanh),
            Dense(inputs: 8, units: 1, activation: .linear),
        ])
        var rng = SplitMix64(seed: 12)
        for layer in model.layers { layer.initialize(.pytorch, generator: &rng) }
        return SpecWorkload(name: "P1-playground-spiral", train: split.train, test: split.test, model: model,
                            loss: .bce, optimizer: OptimizerSettings(kind: .sgd, learningRate: 0.03),
                            batchSize: 10, epochs: 1000)
    }

    /// P2 digits-mlp: 64-128-64-10 ReLU, softmax cross-entropy, Adam 1e-3, batch 32, 30 epochs.
    public static func p2() throws -> SpecWorkload {
        let digits = Dataset.digits()
        let split = try DataSplit(digits, train: Array(0..<1437), test: Array(1437..<digits.count))
        let model = Sequential(inputWidth: 64, layers: [
            Dense(inputs: 64, units: 128, activation: .relu),
            Dense(inputs: 128, units: 64, activation: .relu),
            Dense(inputs: 64, units: 10, activation: .linear),
        ])
        var rng = SplitMix64(seed: 22)
        for layer in model.layers { layer.initialize(.pytorch, generator: &rng) }
        return SpecWorkload(name: "P2-digits-mlp", train: split.train, test: split.test, model: model,
                            loss: .crossEntropy, optimizer: OptimizerSettings(kind: .adam, learningRate: 1e-3),
                            batchSize: 32, epochs: 30)
    }
}

extension Dataset {
    /// A data set with no rows and the same columns and task as `other`.
    public static func empty(like other: Dataset) -> Dataset {
        other.subset([])
    }
}
