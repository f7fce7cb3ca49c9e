import Foundation
import Autodiff

/// How a layer's weights and biases are first filled (`init xavier`, `init he`, …).
///
/// Every scheme draws row-major from the given generator, one draw per value; a layer fills
/// its weights before its biases, and schemes that leave biases at zero draw nothing for them.
public enum Initializer: Codable, Sendable, Equatable {
    /// Every weight and bias 0: every unit identical forever (the symmetry failure).
    case zeros
    /// Every weight and bias the same value: units stay identical, too.
    case constant(Float)
    /// Weights U(−a, a), biases 0.
    case uniform(Float)
    /// Weights N(0, σ²), biases 0.
    case normal(Float)
    /// Glorot/Xavier uniform: weights U(±√(6 / (fan_in + fan_out))), biases 0.
    case xavier
    /// He/Kaiming normal: weights N(0, 2 / fan_in), biases 0 — made for ReLU.
    case he
    /// PyTorch's default for Linear: weights and biases U(±1/√fan_in) (bench/SPEC.md).
    case pytorch

    /// The scheme's name as the language writes it.
    public var name: String {
        switch self {
        case .zeros: return "zeros"
        case .constant(let v): return "constant \(v)"
        case .uniform(let a): return "uniform \(a)"
        case .normal(let s): return "normal \(s)"
        case .xavier: return "xavier"
        case .he: return "he"
        case .pytorch: return "pytorch"
        }
    }

    /// Fills a weight tensor of a layer with `fanIn` inputs and `fanOut` outputs per unit,
    /// row-major, one draw per value (none for `zeros` and `constant`).
    public func fillWeights(_ weight: Tensor, fanIn: Int, fanOut: Int, generator: inout SplitMix64) {
        let fanIn = Double(fanIn), fanOut = Double(fanOut)
        let n = weight.count
        var w = [Float](repeating: 0, count: n)
        switch self {
        case .zeros:
            break
        case .constant(let v):
            w = [Float](repeating: v, count: n)
        case .uniform(let a):
            for i in 0..<n { w[i] = Float(generator.symmetric(Double(a))) }
        case .normal(let sigma):
            for i in 0..<n { w[i] = Float(generator.normal() * Double(sigma)) }
        case .xavier:
            let a = (6 / Swift.max(fanIn + fanOut, 1)).squareRoot()
            for i in 0..<n { w[i] = Float(generator.symmetric(a)) }
        case .he:
            let sigma = (2 / Swift.max(fanIn, 1)).squareRoot()
            for i in 0..<n { w[i] = Float(generator.normal() * sigma) }
        case .pytorch:
            let k = 1 / Swift.max(fanIn, 1).squareRoot()
            for i in 0..<n { w[i] = Float(generator.symmetric(k)) }
        }
        weight.data = w
        weight.zeroGrad()
    }

    /// Fills a bias tensor of a layer with `fanIn` inputs per unit: zero, except `constant`
    /// (the value) and `pytorch` (U(±1/√fan_in), drawn).
    public func fillBias(_ bias: Tensor, fanIn: Int, generator: inout SplitMix64) {
        var b = [Float](repeating: 0, count: bias.count)
        switch self {
        case .constant(let v):
            b = [Float](repeating: v, count: b.count)
        case .pytorch:
            let k = 1 / Swift.max(Double(fanIn), 1).squareRoot()
            for i in 0..<b.count { b[i] = Float(generator.symmetric(k)) }
        default:
            break
        }
        bias.data = b
        bias.zeroGrad()
    }
}
