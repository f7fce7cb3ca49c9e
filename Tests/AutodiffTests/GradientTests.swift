import Testing
@testable import Autodiff

/// Every differentiable operation, checked against central finite differences.
@Suite struct GradientTests {
    let tolerance: Float = 5e-3

    func check(_ shapes: [[Int]], scale: Double = 1, epsilon: Float = 1e-2,
               _ f: @escaping ([Tensor]) throws -> Tensor) throws {
        let inputs = shapes.enumerated().map { GradientCheck.leaf($0.element, seed: UInt64(10 + $0.offset), scale: scale) }
        let error = try GradientCheck.worstError(inputs, epsilon: epsilon, f)
        #expect(error < tolerance, "worst relative gradient error \(error)")
    }

    @Test func addWithBroadcasting() throws {
        try check([[3, 4], [4]]) { try $0[0] + $0[1] }
        try check([[2, 3, 4], [3, 1]]) { try $0[0] + $0[1] }
        try check([[1], [2, 2]]) { try $0[0] + $0[1] }
    }
    @Test func subtractWithBroadcasting() throws { try check([[3, 4], [1, 4]]) { try $0[0] - $0[1] } }
    @Test func multiplyWithBroadcasting() throws { try check([[3, 4], [3, 1]]) { try $0[0] * $0[1] } }
    @Test func divideWithBroadcasting() throws {
        try check([[3, 4], [4]]) { i in try i[0] / (i[1].abs() + 1) }
    }
    @Test func scalarArithmetic() throws {
        try check([[5]]) { i in 2 - (i[0] * 3 + 1) }
    }
    @Test func negate() throws { try check([[2, 3]]) { -$0[0] } }
    @Test func exp() throws { try check([[2, 3]]) { $0[0].exp() } }
    @Test func log() throws { try check([[2, 3]]) { $0[0].abs().log() } }
    @Test func pow() throws {
        try check([[4]]) { $0[0].pow(2) }
        try check([[4]]) { $0[0].abs().pow(1.5) }
        try check([[4]]) { $0[0].pow(3) }
    }
    @Test func sqrt() throws { try check([[4]]) { ($0[0].abs() + 0.5).sqrt() } }
    @Test func abs() throws { try check([[6]]) { $0[0].abs() } }
    @Test func sigmoid() throws { try check([[6]], scale: 4) { $0[0].sigmoid() } }
    @Test func tanh() throws { try check([[6]], scale: 2) { $0[0].tanh() } }
    @Test func sinAndCos() throws {
        try check([[5]], scale: 3) { $0[0].sin() }
        try check([[5]], scale: 3) { $0[0].cos() }
    }
    @Test func relu() throws { try check([[6]]) { $0[0].relu() } }
    @Test func leakyRelu() throws { try check([[6]]) { $0[0].leakyRelu(slope: 0.1) } }
    @Test func softplus() throws { try check([[6]], scale: 4) { $0[0].softplus() } }
    @Test func matmul2D() throws { try check([[3, 4], [4, 5]]) { try $0[0].matmul($0[1]) } }
    @Test func matmulBatched() throws {
        try check([[2, 3, 4], [2, 4, 5]]) { try $0[0].matmul($0[1]) }
        try check([[2, 3, 4], [4, 5]]) { try $0[0].matmul($0[1]) }
    }
    @Test func linear() throws {
        try check([[5, 3], [4, 3], [4]]) { try Tensor.linear($0[0], weight: $0[1], bias: $0[2]) }
        try check([[5, 3], [4, 3]]) { try Tensor.linear($0[0], weight: $0[1], bias: nil) }
    }
    @Test func transposeAndPermute() throws {
        try check([[3, 4]]) { try $0[0].transposed() }
        try check([[2, 3, 4]]) { try $0[0].permuted([2, 0, 1]) }
    }
    @Test func reshape() throws { try check([[2, 6]]) { try $0[0].reshaped([3, -1]) } }
    @Test func concat() throws {
        try check([[2, 3], [2, 1]]) { try Tensor.concat([$0[0], $0[1]], axis: 1) }
        try check([[2, 3], [1, 3]]) { try Tensor.concat([$0[0], $0[1]], axis: 0) }
    }
    @Test func slice() throws { try check([[4, 5]]) { try $0[0].slice(axis: 1, 1..<4) } }
    @Test func indexSelect() throws { try check([[4, 3]]) { try $0[0].indexSelect(axis: 0, [2, 0, 2]) } }
    @Test func gatherEmbedding() throws {
        try check([[5, 3]]) { try $0[0].gather(rows: [1, 4, 1, 0], idsShape: [2, 2]) }
    }
    @Test func sums() throws {
        try check([[3, 4]]) { $0[0].sum() }
        try check([[2, 3, 4]]) { try $0[0].sum(axis: 1) }
        try check([[2, 3, 4]]) { try $0[0].sum(axis: 2, keepingAxis: true) }
    }
    @Test func means() throws {
        try check([[3, 4]]) { $0[0].mean() }
        try check([[3, 4]]) { try $0[0].mean(axis: 0) }
    }
    @Test func maxOverAxis() throws { try check([[3, 4]]) { try $0[0].max(axis: 1) } }
    @Test func softmax() throws {
        try check([[3, 4]], scale: 3) { try $0[0].softmax() }
        try check([[3, 4]], scale: 3) { try $0[0].softmax(axis: 0) }
    }
    @Test func logSoftmax() throws {
        try check([[3, 4]], scale: 3) { try $0[0].logSoftmax() }
        try check([[2, 3, 4]], scale: 3) { try $0[0].logSoftmax(axis: 1) }
    }
    @Test func layerNorm() throws {
        try check([[3, 5], [5], [5]]) { try $0[0].layerNorm(gamma: $0[1], beta: $0[2]) }
    }
    @Test func dropoutMask() throws {
        try check([[4, 4]]) { i in
            var rng = SplitMix64(seed: 5)  // the same mask on every evaluation
            return i[0].dropout(rate: 0.5, generator: &rng)
        }
    }
    @Test func maskedFill() throws {
        let causal = [false, true, true, false, false, true, false, false, false]
        try check([[2, 3, 3]]) { try $0[0].maskedFill(causal, maskShape: [3, 3], value: -5) }
        try check([[3, 3]]) { try $0[0].maskedFill(causal, maskShape: [3, 3], value: -.infinity).softmax() }
    }
    @Test func meanSquaredError() throws {
        try check([[4, 1], [4, 1]]) { try Tensor.meanSquaredError($0[0], $0[1]) }
    }
    @Test func binaryCrossEntropyOnLogits() throws {
        let targets = Tensor(shape: [4, 1], data: [1, 0, 0, 1])
        try check([[4, 1]], scale: 3) { try Tensor.binaryCrossEntropy(logits: $0[0], targets: targets) }
    }
    @Test func softmaxCrossEntropy() throws {
        try check([[4, 3]], scale: 3) { try Tensor.softmaxCrossEntropy(logits: $0[0], labels: [2, 0, 1, 2]) }
    }
    @Test func composedNeuron() throws {
        // sigmoid(w·x + b), the first lesson's neuron, through generic ops.
        try check([[1, 3], [3, 1], [1]]) { i in try (i[0].matmul(i[1]) + i[2]).sigmoid() }
    }
}
