import Foundation

/// Functions applied value by value (exp, log, sigmoid, tanh, relu…) and their derivatives.
extension Tensor {
    /// Applies `f` to every value. `derivative(g, x, y)` gives the gradient of the input
    /// from the output gradient `g`, the input value `x` and the output value `y`.
    @inline(__always)
    func map(op: String, _ f: (Float) -> Float,
             derivative: @escaping (_ g: Float, _ x: Float, _ y: Float) -> Float) -> Tensor {
        var out = data
        out.withUnsafeMutableBufferPointer { o in
            for i in 0..<o.count { o[i] = f(o[i]) }
        }
        return Tensor(shape: shape, data: out, op: op, inputs: [self]) { result in
            guard let g = result.grad else { return }
            let input = result.inputs[0]
            guard input.requiresGrad else { return }
            input.withGrad { gi in
                input.data.withUnsafeBufferPointer { x in
                    result.data.withUnsafeBufferPointer { y in
                        g.withUnsafeBufferPointer { go in
                            for i in 0..<gi.count { gi[i] += derivative(go[i], x[i], y[i]) }
                        }
                    }
                }
            }
        }
    }

    /// eˣ elementwise.
    public func exp() -> Tensor { map(op: "exp", { Foundation.exp($0) }) { g, _, y in g * y } }

    /// The natural logarithm elementwise (−∞ at 0, NaN below).
    public func log() -> Tensor { map(op: "log", { Foundation.log($0) }) { g, x, _ in g / x } }

    /// √x elementwise.
    public func sqrt() -> Tensor { map(op: "sqrt", { $0.squareRoot() }) { g, _, y in g * 0.5 / y } }

    /// |x| elementwise; the derivative at 0 is taken as 0.
    public func abs() -> Tensor {
        map(op: "abs", { Swift.abs($0) }) { g, x, _ in x > 0 ? g : (x < 0 ? -g : 0) }
    }

    /// xᵖ elementwise for a number p.
    public func pow(_ p: Float) -> Tensor {
        if p == 2 { return map(op: "^2", { $0 * $0 }) { g, x, _ in 2 * x * g } }
        return map(op: "^\(p)", { Foundation.pow($0, p) }) { g, x, _ in g * p * Foundation.pow(x, p - 1) }
    }

    /// The logistic function 1 / (1 + e⁻ˣ), computed without overflow.
    public func sigmoid() -> Tensor {
        map(op: "sigmoid", Tensor.sigmoid) { g, _, y in g * y * (1 - y) }
    }

    /// The hyperbolic tangent.
    public func tanh() -> Tensor {
        map(op: "tanh", Tensor.tanh) { g, _, y in g * (1 - y * y) }
    }

    /// max(0, x); the derivative at 0 is taken as 0.
    public func relu() -> Tensor {
        map(op: "relu", { $0 > 0 ? $0 : 0 }) { g, x, _ in x > 0 ? g : 0 }
    }

    /// x for x > 0, `slope`·x otherwise.
    public func leakyRelu(slope: Float = 0.01) -> Tensor {
        map(op: "leaky_relu", { $0 > 0 ? $0 : slope * $0 }) { g, x, _ in x > 0 ? g : slope * g }
    }

    /// log(1 + eˣ), computed without overflow; its derivative is sigmoid(x).
    public func softplus() -> Tensor {
        map(op: "softplus", Tensor.softplus) { g, x, _ in g * Tensor.sigmoid(x) }
    }

    /// The sine, elementwise.
    public func sin() -> Tensor { map(op: "sin", { Foundation.sin($0) }) { g, x, _ in g * Foundation.cos(x) } }

    /// The cosine, elementwise.
    public func cos() -> Tensor { map(op: "cos", { Foundation.cos($0) }) { g, x, _ in -g * Foundation.sin(x) } }

    /// The hyperbolic tangent of one number as (e^2x − 1)/(e^2x + 1): one `exp` instead of
    /// libm's slower `tanhf`, within 1e-6 relative of it. Below |x| = 1/16, where e^2x − 1
    /// would cancel, its Taylor series x − x³/3 + 2x⁵/15 − 17x⁷/315 is used; beyond |x| = 9
    /// tanh is ±1 to Float precision.
    @inline(__always)
    public static func tanh(_ x: Float) -> Float {
        if x > 9 { return 1 }
        if x < -9 { return -1 }
        if Swift.abs(x) < 0.0625 {
            let x2 = x * x
            return x * (1 + x2 * (-1.0 / 3 + x2 * (2.0 / 15 + x2 * (-17.0 / 315))))
        }
        let e = Foundation.exp(2 * x)
        return (e - 1) / (e + 1)
    }

    /// The stable logistic function on one number.
    @inline(__always)
    public static func sigmoid(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
        let e = Foundation.exp(x)
        return e / (1 + e)
    }

    /// The stable log(1 + eˣ) on one number.
    @inline(__always)
    public static func softplus(_ x: Float) -> Float {
        x > 0 ? x + Foundation.log1p(Foundation.exp(-x)) : Foundation.log1p(Foundation.exp(x))
    }
}
