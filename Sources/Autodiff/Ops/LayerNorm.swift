/// Layer normalisation over the last axis: `γ ⊙ (u − mean) / √(var + ε) + β`, the variance
/// dividing by the width (as PyTorch).
extension Tensor {
    /// Normalises each row of the last axis, then scales by `gamma` and shifts by `beta`
    /// (both of the last axis's width).
    public func layerNorm(gamma: Tensor, beta: Tensor, epsilon: Float = 1e-5) throws(TensorError) -> Tensor {
        guard let width = shape.last, width > 0 else { throw TensorError("layer norm needs a last axis, got \(TensorError.describe(shape))") }
        guard gamma.count == width, beta.count == width else {
            throw TensorError("layer norm over \(width) features needs γ and β of \(width) values")
        }
        let rows = count / width
        var out = [Float](repeating: 0, count: count)
        var normalised = [Float](repeating: 0, count: count)
        var inverseDeviation = [Float](repeating: 0, count: rows)
        for r in 0..<rows {
            let base = r * width
            var mean: Float = 0
            for j in 0..<width { mean += data[base + j] }
            mean /= Float(width)
            var variance: Float = 0
            for j in 0..<width { let d = data[base + j] - mean; variance += d * d }
            variance /= Float(width)
            let inv = 1 / (variance + epsilon).squareRoot()
            inverseDeviation[r] = inv
            for j in 0..<width {
                let n = (data[base + j] - mean) * inv
                normalised[base + j] = n
                out[base + j] = gamma.data[j] * n + beta.data[j]
            }
        }
        return Tensor(shape: shape, data: out, op: "layer_norm", inputs: [self, gamma, beta]) { result in
            guard let g = result.grad else { return }
            let x = result.inputs[0], gamma = result.inputs[1], beta = result.inputs[2]
            if gamma.requiresGrad {
                gamma.withGrad { gg in
                    for r in 0..<rows { for j in 0..<width { gg[j] += g[r * width + j] * normalised[r * width + j] } }
                }
            }
            if beta.requiresGrad {
                beta.withGrad { gb in
                    for r in 0..<rows { for j in 0..<width { gb[j] += g[r * width + j] } }
                }
            }
            if x.requiresGrad {
                let gammaValues = gamma.data
                x.withGrad { gx in
                    for r in 0..<rows {
                        let base = r * width
                        var sumD: Float = 0, sumDN: Float = 0
                        for j in 0..<width {
                            let d = g[base + j] * gammaValues[j]
                            sumD += d
                            sumDN += d * normalised[base + j]
                        }
                        let w = Float(width)
                        for j in 0..<width {
                            let d = g[base + j] * gammaValues[j]
                            gx[base + j] += inverseDeviation[r] * (d - sumD / w - normalised[base + j] * sumDN / w)
                        }
                    }
                }
            }
        }
    }
}
