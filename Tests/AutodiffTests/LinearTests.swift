import Testing
@testable import Autodiff

/// `Tensor.linear` on inputs of any rank ≥ 2: the leading axes are rows.
@Suite struct LinearTests {
    @Test func threeDimensionalInputIsTheProductOfItsRows() throws {
        let x = GradientCheck.leaf([2, 3, 4], seed: 1)
        let w = GradientCheck.leaf([5, 4], seed: 2)
        let b = GradientCheck.leaf([5], seed: 3)
        let y = try Tensor.linear(x, weight: w, bias: b)
        #expect(y.shape == [2, 3, 5])
        let flat = try Tensor.linear(x.reshaped([6, 4]), weight: w, bias: b)
        #expect(y.data.map(\.bitPattern) == flat.data.map(\.bitPattern))
    }

    @Test func matchesHandComputedValues() throws {
        // x[0,1,:] = [1, 2], W = [[1, 0], [0, 1], [1, 1]], b = [0.5, 0, −1]
        let x = Tensor(shape: [1, 2, 2], data: [0, 0, 1, 2])
        let w = Tensor(shape: [3, 2], data: [1, 0, 0, 1, 1, 1])
        let b = Tensor([0.5, 0, -1])
        let y = try Tensor.linear(x, weight: w, bias: b)
        #expect(y.data == [0.5, 0, -1, 1.5, 2, 2])
    }

    @Test func gradientsOfEveryInputForRanksThreeAndFour() throws {
        for shape in [[2, 3, 4], [2, 1, 3, 4]] {
            let inputs = [GradientCheck.leaf(shape, seed: 4), GradientCheck.leaf([3, 4], seed: 5), GradientCheck.leaf([3], seed: 6)]
            let error = try GradientCheck.worstError(inputs) { try Tensor.linear($0[0], weight: $0[1], bias: $0[2]) }
            #expect(error < 5e-3, "worst relative gradient error \(error) for \(shape)")
        }
    }

    @Test func aMismatchedLastAxisIsAnError() {
        let x = Tensor.zeros([2, 3, 4]), w = Tensor.zeros([5, 3])
        #expect(throws: TensorError.self) { try Tensor.linear(x, weight: w, bias: nil) }
        #expect(throws: TensorError.self) { try Tensor.linear(Tensor.zeros([4]), weight: w, bias: nil) }
    }
}
