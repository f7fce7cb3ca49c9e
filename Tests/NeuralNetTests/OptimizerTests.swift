import Testing
import Autodiff
@testable import NeuralNet

/// Each optimiser's update rule against values computed by hand.
@Suite struct OptimizerTests {
    /// Runs two steps on p = [1, −2] with gradients g = [0.5, −1] then [0.25, 0.5].
    func twoSteps(_ settings: OptimizerSettings) -> [Float] {
        let p = Tensor([1, -2], requiresGrad: true)
        let optimizer = settings.make()
        p.grad = [0.5, -1]
        optimizer.step([p])
        p.grad = [0.25, 0.5]
        optimizer.step([p])
        return p.data
    }

    func close(_ a: [Float], _ b: [Double]) -> Bool {
        zip(a, b).allSatisfy { Swift.abs(Double($0) - $1) < 1e-5 }
    }

    @Test func sgd() {
        #expect(close(twoSteps(OptimizerSettings(kind: .sgd, learningRate: 0.1)), [1 - 0.05 - 0.025, -2 + 0.1 - 0.05]))
    }

    @Test func momentum() {
        // v1 = g1, p1 = p0 − lr v1; v2 = 0.9 v1 + g2, p2 = p1 − lr v2
        let lr = 0.1
        let v1 = [0.5, -1.0], v2 = [0.9 * 0.5 + 0.25, 0.9 * -1 + 0.5]
        let expected = [1 - lr * v1[0] - lr * v2[0], -2 - lr * v1[1] - lr * v2[1]]
        #expect(close(twoSteps(OptimizerSettings(kind: .momentum, learningRate: 0.1)), expected))
    }

    @Test func nesterov() {
        let lr = 0.1, mu = 0.9
        let v1 = [0.5, -1.0], g2 = [0.25, 0.5]
        let v2 = [mu * v1[0] + g2[0], mu * v1[1] + g2[1]]
        let step1 = [0.5 + mu * v1[0], -1 + mu * v1[1]]
        let step2 = [g2[0] + mu * v2[0], g2[1] + mu * v2[1]]
        let expected = [1 - lr * (step1[0] + step2[0]), -2 - lr * (step1[1] + step2[1])]
        #expect(close(twoSteps(OptimizerSettings(kind: .nesterov, learningRate: 0.1)), expected))
    }

    @Test func adagrad() {
        let lr = 0.1, g1 = [0.5, -1.0], g2 = [0.25, 0.5]
        let s1 = g1.map { $0 * $0 }, s2 = zip(s1, g2).map { $0 + $1 * $1 }
        let expected = (0..<2).map { i in [1.0, -2.0][i] - lr * g1[i] / s1[i].squareRoot() - lr * g2[i] / s2[i].squareRoot() }
        #expect(close(twoSteps(OptimizerSettings(kind: .adagrad, learningRate: 0.1)), expected))
    }

    @Test func rmsprop() {
        let lr = 0.01, rho = 0.9, g1 = [0.5, -1.0], g2 = [0.25, 0.5]
        let s1 = g1.map { (1 - rho) * $0 * $0 }, s2 = zip(s1, g2).map { rho * $0 + (1 - rho) * $1 * $1 }
        let expected = (0..<2).map { i in [1.0, -2.0][i] - lr * g1[i] / (s1[i].squareRoot() + 1e-8) - lr * g2[i] / (s2[i].squareRoot() + 1e-8) }
        #expect(close(twoSteps(OptimizerSettings(kind: .rmsprop, learningRate: 0.01)), expected))
    }

    @Test func adamFirstStepMovesByTheLearningRate() {
        // Bias correction makes Adam's first step exactly lr·sign(g) (up to ε).
        let p = Tensor([1, -2], requiresGrad: true)
        let adam = OptimizerSettings(kind: .adam, learningRate: 0.01).make()
        p.grad = [0.5, -1]
        adam.step([p])
        #expect(close(p.data, [0.99, -1.99]))
    }

    @Test func adamSecondStep() {
        let lr = 0.01, b1 = 0.9, b2 = 0.999
        let g1 = [0.5, -1.0], g2 = [0.25, 0.5]
        var expected = [1.0, -2.0]
        var m = [0.0, 0.0], v = [0.0, 0.0]
        for (t, g) in [g1, g2].enumerated() {
            for i in 0..<2 {
                m[i] = b1 * m[i] + (1 - b1) * g[i]
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                let mHat = m[i] / (1 - Foundation_pow(b1, t + 1)), vHat = v[i] / (1 - Foundation_pow(b2, t + 1))
                expected[i] -= lr * mHat / (vHat.squareRoot() + 1e-8)
            }
        }
        #expect(close(twoSteps(OptimizerSettings(kind: .adam, learningRate: 0.01)), expected))
    }

    @Test func adamwDecaysWeights() {
        var settings = OptimizerSettings(kind: .adamw, learningRate: 0.01)
        settings.weightDecay = 0.5
        let p = Tensor([1, -2], requiresGrad: true)
        let opt = settings.make()
        p.grad = [0, 0]
        opt.step([p])
        #expect(close(p.data, [1 * (1 - 0.005), -2 * (1 - 0.005)]))
    }

    @Test func stateRestartsForAParameterListOfOtherSizes() {
        let opt = OptimizerSettings(kind: .momentum, learningRate: 0.1).make()
        let a = Tensor([0], requiresGrad: true)
        a.grad = [1]
        opt.step([a]); opt.step([a])
        let b = Tensor([0, 0], requiresGrad: true)
        b.grad = [1, 1]
        opt.step([b])
        #expect(close(b.data, [-0.1, -0.1]))
    }

    @Test func aCopyKeepsTheState() {
        let opt = OptimizerSettings(kind: .momentum, learningRate: 0.1).make()
        let a = Tensor([0], requiresGrad: true)
        a.grad = [1]
        opt.step([a])
        let copy = opt.copy()
        let b = Tensor([0], requiresGrad: true)
        b.grad = [1]
        copy.step([b])  // velocity 0.9·1 + 1
        #expect(close(b.data, [-0.19]))
    }

    func Foundation_pow(_ x: Double, _ n: Int) -> Double { (0..<n).reduce(1) { v, _ in v * x } }
}
