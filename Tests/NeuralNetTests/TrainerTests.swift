import Testing
import Autodiff
@testable import NeuralNet

/// The training loop: learning, divergence, early stopping, cancellation, determinism.
@Suite struct TrainerTests {
    func setup(lr: Float = 0.03, patience: Int = 0, hidden: Int = 8, seed: UInt64 = 1) throws -> Trainer {
        let data = try Dataset.circle(n: 200, noise: 0, seed: seed)
        let split = try DataSplit.split(data, train: 70, valid: 30, test: 0, seed: seed)
        let model = Sequential(inputWidth: 2, layers: [
            Dense(inputs: 2, units: hidden, activation: .tanh), Dense(inputs: hidden, units: 1, activation: .sigmoid),
        ])
        var rng = SplitMix64(seed: seed)
        for layer in model.layers { layer.initialize(.xavier, generator: &rng) }
        var settings = TrainingSettings()
        settings.patience = patience
        return Trainer(model: model, optimizer: OptimizerSettings(kind: .sgd, learningRate: lr).make(), loss: .bce,
                       settings: settings, train: split.train, valid: split.valid, generator: SplitMix64(seed: seed))
    }

    @Test func learnsTheCircle() throws {
        let trainer = try setup(lr: 0.1)
        #expect(try trainer.train(epochs: 60) == .completed)
        #expect(trainer.history.count == 60)
        #expect((trainer.history.last?.validAccuracy ?? 0) >= 0.9)
        #expect(trainer.history.last!.trainLoss < trainer.history.first!.trainLoss)
    }

    @Test func divergenceIsReportedWithItsStep() throws {
        // A linear regression with far too large a step: every update overshoots further.
        let data = try Dataset.sine(n: 100, noise: 0, seed: 2)
        let model = Sequential(inputWidth: 1, layers: [Dense(inputs: 1, units: 1, activation: .linear)])
        var rng = SplitMix64(seed: 2)
        model.layers[0].initialize(.xavier, generator: &rng)
        let trainer = Trainer(model: model, optimizer: OptimizerSettings(kind: .sgd, learningRate: 5).make(), loss: .mse,
                              settings: TrainingSettings(), train: data, valid: Dataset.empty(like: data), generator: rng)
        let outcome = try trainer.train(epochs: 50)
        guard case .diverged(let epoch, let step, let loss) = outcome else {
            Issue.record("expected divergence, got \(outcome)")
            return
        }
        #expect(!loss.isFinite)
        #expect(step == trainer.steps && epoch >= 1)
    }

    @Test func cancellationStopsBetweenSteps() throws {
        let trainer = try setup()
        var polls = 0
        let outcome = try trainer.train(epochs: 100, shouldStop: { polls += 1; return polls > 30 })
        #expect(outcome == .interrupted(epoch: trainer.history.count + 1, step: 30))
        #expect(trainer.steps == 30)
    }

    @Test func earlyStoppingRestoresTheBestEpoch() throws {
        let trainer = try setup(lr: 0.5, patience: 5, hidden: 32)
        let outcome = try trainer.train(epochs: 400)
        guard case .stoppedEarly(let epoch, let best) = outcome else {
            Issue.record("expected early stop, got \(outcome)")
            return
        }
        #expect(epoch - best == 5)
        let bestLoss = trainer.history[best - 1].validLoss!
        #expect(trainer.restoreBest() == best)
        let now = try Evaluation.of(trainer.model, on: trainer.valid, loss: .bce)
        #expect(Swift.abs(now.loss - bestLoss) < 1e-6)
    }

    @Test func gradientClippingBoundsTheNorm() {
        let p = Tensor([0, 0], requiresGrad: true)
        p.grad = [3, 4]
        #expect(GradientClipping.clip([p], maxNorm: 1) == 5)
        #expect(Swift.abs(GradientClipping.norm(of: [p]) - 1) < 1e-6)
    }

    @Test func penaltiesPullWeightsToZero() throws {
        let plain = try setup(lr: 0.1, hidden: 16), l2 = try setup(lr: 0.1, hidden: 16)
        l2.settings.penalty = Penalty(l2: 0.05)
        _ = try plain.train(epochs: 30)
        _ = try l2.train(epochs: 30)
        func norm(_ t: Trainer) -> Float {
            t.model.layers.flatMap(\.penalizedParameters).reduce(Float(0)) { total, w in total + w.data.reduce(0) { $0 + $1 * $1 } }
        }
        #expect(norm(l2) < norm(plain))
        let l1 = try setup(lr: 0.1, hidden: 16)
        l1.settings.penalty = Penalty(l1: 0.01)
        #expect(l1.settings.penalty.value(for: l1.model) > 0)
    }
}
