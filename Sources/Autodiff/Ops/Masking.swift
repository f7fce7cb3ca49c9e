/// Dropout masks and masked fill (the causal mask of attention).
extension Tensor {
    /// Inverted dropout: each value is zeroed with probability `rate` and the survivors are
    /// scaled by 1/(1 − rate), so the expected value is unchanged. The mask is drawn from
    /// `generator`, one draw per value in order.
    public func dropout(rate: Float, generator: inout SplitMix64) -> Tensor {
        guard rate > 0 else { return self }
        let keep = 1 - rate
        let scale: Float = keep > 0 ? 1 / keep : 0
        var mask = [Float](repeating: 0, count: count)
        for i in 0..<count { mask[i] = generator.uniform() >= Double(rate) ? scale : 0 }
        return applyMask(mask, op: "dropout")
    }

    /// Multiplies by a fixed mask (no gradient to the mask).
    public func applyMask(_ mask: [Float], op: String = "mask") -> Tensor {
        var out = data
        for i in 0..<count { out[i] *= mask[i] }
        return Tensor(shape: shape, data: out, op: op, inputs: [self]) { result in
            guard let g = result.grad else { return }
            result.inputs[0].withGrad { gi in for i in 0..<gi.count { gi[i] += g[i] * mask[i] } }
        }
    }

    /// Replaces the values where `mask` (broadcast over the leading axes) is true by
    /// `value`; no gradient flows to them. Used with −∞ before a softmax for causal attention.
    public func maskedFill(_ mask: [Bool], maskShape: [Int], value: Float) throws(TensorError) -> Tensor {
        guard maskShape.elementCount == mask.count else { throw TensorError("mask of \(mask.count) values does not fill \(TensorError.describe(maskShape))") }
        _ = try Broadcast.shape(shape, maskShape)
        guard Broadcast.isTrailing(maskShape, of: shape) || maskShape == shape else {
            throw TensorError("mask \(TensorError.describe(maskShape)) must match the last axes of \(TensorError.describe(shape))")
        }
        let period = Swift.max(mask.count, 1)
        var out = data
        for i in 0..<count where mask[i % period] { out[i] = value }
        return Tensor(shape: shape, data: out, op: "masked_fill", inputs: [self]) { result in
            guard let g = result.grad else { return }
            result.inputs[0].withGrad { gi in
                for i in 0..<gi.count where !mask[i % period] { gi[i] += g[i] }
            }
        }
    }
}
