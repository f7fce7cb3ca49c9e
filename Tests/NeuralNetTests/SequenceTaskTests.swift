import Testing
import Autodiff
@testable import NeuralNet

/// The sequence tasks: shapes, and targets that follow each task's definition.
@Suite struct SequenceTaskTests {
    @Test func copyRepeatsTheInputDelayedWithBlanksFirst() throws {
        for delay in [0, 1, 3] {
            let d = try Dataset.copy(n: 50, length: 7, vocabulary: 6, delay: delay, seed: 4)
            #expect(d.exampleShape == [7] && d.targetShape == [7] && d.task == .classPerStep(classes: 6))
            #expect(d.vocabulary?.count == 6 && d.vocabulary?.first == "_")
            for i in 0..<d.count {
                let (x, y) = d.row(i)
                #expect(x.allSatisfy { $0 >= 1 && $0 <= 5 })
                for t in 0..<7 { #expect(y[t] == (t >= delay ? x[t - delay] : 0)) }
            }
        }
    }

    @Test func reverseIsTheInputBackwards() throws {
        let d = try Dataset.reverse(n: 40, length: 8, vocabulary: 10, seed: 41)
        #expect(d.exampleShape == [8] && d.task == .classPerStep(classes: 10))
        for i in 0..<d.count {
            let (x, y) = d.row(i)
            #expect(Array(x.reversed()) == y)
        }
        // SPEC §5: the first batch of 32 sequences from seed 41 holds tokens summing to 1135.
        let batch0 = try Dataset.reverse(n: 32, length: 8, vocabulary: 10, seed: 41)
        #expect(batch0.features.reduce(0, +) == 1135)
    }

    @Test func addingSumsTheTwoMarkedValues() throws {
        let d = try Dataset.adding(n: 60, length: 12, seed: 9)
        #expect(d.exampleShape == [12, 2] && d.targetShape == [1] && d.task == .regression)
        for i in 0..<d.count {
            let (x, y) = d.row(i)
            let marked = (0..<12).filter { x[2 * $0 + 1] == 1 }
            #expect(marked.count == 2)
            #expect((0..<12).allSatisfy { x[2 * $0 + 1] == 0 || x[2 * $0 + 1] == 1 })
            #expect(y[0] == x[2 * marked[0]] + x[2 * marked[1]])
        }
        // SPEC §4 (P3): the first batch of 32 sequences of 50 steps from seed 31 has targets
        // summing to 31.6093180.
        let batch0 = try Dataset.adding(n: 32, length: 50, seed: 31)
        #expect(Swift.abs(batch0.targets.reduce(0, +) - 31.6093180) < 1e-4)
    }

    @Test func parityIsTheCountOfOnesModuloTwo() throws {
        let d = try Dataset.parity(n: 80, length: 9, seed: 2)
        #expect(d.exampleShape == [9, 1] && d.task == .classification(classes: 2))
        var odd = 0
        for i in 0..<d.count {
            let (x, y) = d.row(i)
            #expect(x.allSatisfy { $0 == 0 || $0 == 1 })
            #expect(y[0] == Float(Int(x.reduce(0, +)) % 2))
            odd += Int(y[0])
        }
        #expect(odd > 20 && odd < 60)
    }

    @Test func sinewaveTargetIsTheNextValue() throws {
        let d = try Dataset.sinewave(n: 30, length: 15, seed: 5)
        #expect(d.exampleShape == [15, 1] && d.targetShape == [15] && d.task == .valuePerStep)
        for i in 0..<d.count {
            let (x, y) = d.row(i)
            for t in 0..<14 { #expect(Swift.abs(y[t] - x[t + 1]) < 1e-6) }
            #expect(x.allSatisfy { Swift.abs($0) <= 1 })
        }
        let noisy = try Dataset.sinewave(n: 30, length: 15, noise: 0.1, seed: 5)
        #expect(noisy.targets == d.targets && noisy.features != d.features)
    }

    @Test func sameSeedSameBytesOtherSeedOtherData() throws {
        #expect(try Dataset.copy(seed: 3) == Dataset.copy(seed: 3))
        #expect(try Dataset.copy(seed: 3).features != Dataset.copy(seed: 4).features)
        #expect(try Dataset.adding(n: 10, seed: 1) == Dataset.adding(n: 10, seed: 1))
    }

    @Test func badArgumentsThrow() {
        #expect(throws: DataError.self) { try Dataset.copy(length: 0) }
        #expect(throws: DataError.self) { try Dataset.copy(length: 1001) }
        #expect(throws: DataError.self) { try Dataset.copy(vocabulary: 1) }
        #expect(throws: DataError.self) { try Dataset.copy(length: 4, delay: 4) }
        #expect(throws: DataError.self) { try Dataset.adding(length: 1) }
        #expect(throws: DataError.self) { try Dataset.reverse(n: 100_000, length: 1000) }
        #expect(throws: DataError.self) { try Dataset.sinewave(noise: -1) }
    }

    @Test func splitsBatchesAndAugmentationKeepTheShapes() throws {
        let d = try Dataset.adding(n: 40, length: 6, seed: 1)
        let split = try DataSplit.split(d, train: 50, valid: 25, test: 25, seed: 3)
        #expect(split.train.exampleShape == [6, 2] && split.valid.targetShape == [1])
        let (x, y) = split.train.batchTensor([0, 3, 5])
        #expect(x.shape == [3, 6, 2] && y.count == 3)
        var rng = SplitMix64(seed: 1)
        let augmented = try augmentNoise(split.train, sigma: 0.1, copies: 1, rng: &rng)
        #expect(augmented.exampleShape == [6, 2] && augmented.count == 2 * split.train.count)
    }
}
