/// + − × ÷ of tensors with broadcasting, and their derivatives.
extension Tensor {
    /// Elementwise `a + b`, broadcasting.
    public static func + (a: Tensor, b: Tensor) throws(TensorError) -> Tensor {
        try binary(a, b, op: "+", { $0 + $1 }) { out, g, _ in
            (g, g)
        }
    }

    /// Elementwise `a − b`, broadcasting.
    public static func - (a: Tensor, b: Tensor) throws(TensorError) -> Tensor {
        try binary(a, b, op: "−", { $0 - $1 }) { _, g, _ in
            (g, g.map { -$0 })
        }
    }

    /// Elementwise `a × b`, broadcasting.
    public static func * (a: Tensor, b: Tensor) throws(TensorError) -> Tensor {
        try binary(a, b, op: "×", { $0 * $1 }) { _, g, operands in
            var ga = g, gb = g
            for i in 0..<g.count {
                ga[i] = g[i] * operands.b(i)
                gb[i] = g[i] * operands.a(i)
            }
            return (ga, gb)
        }
    }

    /// Elementwise `a ÷ b`, broadcasting.
    public static func / (a: Tensor, b: Tensor) throws(TensorError) -> Tensor {
        try binary(a, b, op: "÷", { $0 / $1 }) { _, g, operands in
            var ga = g, gb = g
            for i in 0..<g.count {
                let bv = operands.b(i)
                ga[i] = g[i] / bv
                gb[i] = -g[i] * operands.a(i) / (bv * bv)
            }
            return (ga, gb)
        }
    }

    /// `a + s` for a number `s`.
    public static func + (a: Tensor, s: Float) -> Tensor {
        a.map(op: "+", { $0 + s }) { g, _, _ in g }
    }

    /// `a × s` for a number `s`.
    public static func * (a: Tensor, s: Float) -> Tensor {
        a.map(op: "×", { $0 * s }) { g, _, _ in g * s }
    }

    /// `s × a` for a number `s`.
    public static func * (s: Float, a: Tensor) -> Tensor { a * s }

    /// `a − s` for a number `s`.
    public static func - (a: Tensor, s: Float) -> Tensor { a + (-s) }

    /// `s − a` for a number `s`.
    public static func - (s: Float, a: Tensor) -> Tensor { (-a) + s }

    /// Elementwise negation.
    public static prefix func - (a: Tensor) -> Tensor {
        a.map(op: "neg", { -$0 }) { g, _, _ in -g }
    }

    /// The operands of a binary operation as seen from each output element.
    struct BroadcastOperands {
        let aData: [Float], bData: [Float]
        let aIndex: [Int]?, bIndex: [Int]?
        let aScalar: Bool, bScalar: Bool
        @inline(__always) func a(_ i: Int) -> Float {
            aScalar ? aData[0] : (aIndex.map { aData[$0[i]] } ?? aData[i])
        }
        @inline(__always) func b(_ i: Int) -> Float {
            bScalar ? bData[0] : (bIndex.map { bData[$0[i]] } ?? bData[i])
        }
    }

    /// A broadcasting binary operation. `derivative` receives the output, its gradient and
    /// the operands, and returns the gradients for `a` and `b` at output shape; they are
    /// then summed back to each operand's shape.
    static func binary(
        _ a: Tensor, _ b: Tensor, op: String,
        _ f: (Float, Float) -> Float,
        derivative: @escaping (Tensor, [Float], BroadcastOperands) -> ([Float], [Float])
    ) throws(TensorError) -> Tensor {
        let outShape = try Broadcast.shape(a.shape, b.shape)
        let n = outShape.elementCount
        let aScalar = a.count == 1, bScalar = b.count == 1
        let aIndex = (aScalar || a.shape == outShape) ? nil : Broadcast.sourceIndices(of: a.shape, in: outShape)
        let bIndex = (bScalar || b.shape == outShape) ? nil : Broadcast.sourceIndices(of: b.shape, in: outShape)
        var out = [Float](repeating: 0, count: n)
        a.data.withUnsafeBufferPointer { pa in
            b.data.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { po in
                    if let ai = aIndex, let bi = bIndex {
                        for i in 0..<n { po[i] = f(pa[ai[i]], pb[bi[i]]) }
                    } else if let ai = aIndex {
                        if bScalar { let v = pb[0]; for i in 0..<n { po[i] = f(pa[ai[i]], v) } }
                        else { for i in 0..<n { po[i] = f(pa[ai[i]], pb[i]) } }
                    } else if let bi = bIndex {
                        if aScalar { let v = pa[0]; for i in 0..<n { po[i] = f(v, pb[bi[i]]) } }
                        else { for i in 0..<n { po[i] = f(pa[i], pb[bi[i]]) } }
                    } else if aScalar && bScalar {
                        for i in 0..<n { po[i] = f(pa[0], pb[0]) }
                    } else if bScalar {
                        let v = pb[0]; for i in 0..<n { po[i] = f(pa[i], v) }
                    } else if aScalar {
                        let v = pa[0]; for i in 0..<n { po[i] = f(v, pb[i]) }
                    } else {
                        for i in 0..<n { po[i] = f(pa[i], pb[i]) }
                    }
                }
            }
        }
        let aShape = a.shape, bShape = b.shape
        return Tensor(shape: outShape, data: out, op: op, inputs: [a, b]) { result in
            guard let g = result.grad else { return }
            let x = result.inputs[0], y = result.inputs[1]
            let operands = BroadcastOperands(aData: x.data, bData: y.data, aIndex: aIndex, bIndex: bIndex,
                                             aScalar: aScalar, bScalar: bScalar)
            let (ga, gb) = derivative(result, g, operands)
            if x.requiresGrad {
                ga.withUnsafeBufferPointer { x.accumulateGrad(Broadcast.reduce($0, from: outShape, to: aShape)) }
            }
            if y.requiresGrad {
                gb.withUnsafeBufferPointer { y.accumulateGrad(Broadcast.reduce($0, from: outShape, to: bShape)) }
            }
        }
    }
}
