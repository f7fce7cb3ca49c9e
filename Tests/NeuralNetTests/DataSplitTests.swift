import Testing
import Autodiff
@testable import NeuralNet

@Suite("Splits, batches, augmentation, standardisation")
struct DataSplitTests {
    @Test("70/15/15 of 500 and other sizes add up to n, each row once")
    func percentages() throws {
        let d = try Dataset.circle(n: 500, noise: 0.1, seed: 4)
        let s = try DataSplit.split(d, seed: 7)
        #expect((s.train.count, s.valid.count, s.test.count) == (350, 75, 75))
        #expect(Set(s.trainIndices + s.validIndices + s.testIndices) == Set(0..<500))
        #expect(s.train.row(0) == d.row(s.trainIndices[0]))
        #expect(try DataSplit.split(d, seed: 7) == s)
        #expect(try DataSplit.split(d, seed: 8).trainIndices != s.trainIndices)
        for n in [1, 2, 3, 7, 10, 99, 101] {
            for (a, b, c) in [(70.0, 15.0, 15.0), (33.3, 33.3, 33.4), (50, 0, 50), (100, 0, 0), (80, 20, 0), (0, 0, 100)] {
                let p = try DataSplit.partSizes(count: n, train: a, valid: b, test: c)
                #expect(p.train + p.valid + p.test == n)
                #expect(b > 0 || p.valid == 0)
                #expect(c > 0 || p.test == 0)
                #expect(abs(Double(p.train) - Double(n) * a / 100) < 1)
            }
        }
        #expect(try DataSplit.partSizes(count: 10, train: 70, valid: 15, test: 15) == (7, 2, 1))
    }

    @Test("bad percentages and indices are errors")
    func bad() throws {
        let d = try Dataset.xor(n: 10)
        #expect(throws: DataError.badSplit(train: 70, valid: 15, test: 10)) { try DataSplit.split(d, train: 70, valid: 15, test: 10, seed: 1) }
        #expect(DataError.badSplit(train: 70, valid: 15, test: 10).description == "split percentages must add up to 100, got 70 + 15 + 10 = 95")
        #expect(throws: DataError.self) { try DataSplit.split(d, train: 110, valid: -10, test: 0, seed: 1) }
        #expect(throws: DataError.indexOutOfRange(index: 10, count: 10)) { try DataSplit(d, train: [0, 10]) }
        #expect(throws: DataError.self) { try DataSplit(d, train: [-1]) }
    }

    @Test("explicit index lists: P1's first 250 / last 250 of a seed-11 shuffle")
    func explicit() throws {
        let d = try Dataset.spiral(n: 500)
        var rng = SplitMix64(seed: 11)
        let order = rng.permutation(500)
        let s = try DataSplit(d, train: Array(order[..<250]), test: Array(order[250...]))
        #expect(s.train.row(0).x == [1.8543688, 0.69405794] && s.valid.count == 0)
        #expect(try DataSplit.split(d, train: 50, valid: 0, test: 50, seed: 11) == s)
    }

    @Test("batches: consecutive slices (SPEC §0), last one short; shuffled epochs cover each row once")
    func batches() throws {
        let digits = try BatchSchedule(count: 1437, batchSize: 32)
        #expect(digits.batchesPerEpoch == 45 && digits.ranges.last == 1408..<1437)
        let p1 = try BatchSchedule(count: 250, batchSize: 10)
        #expect(p1.batchesPerEpoch == 25 && p1.consecutiveBatches()[1] == Array(10..<20))
        var rng = SplitMix64(seed: 5)
        let untouched = rng
        #expect(p1.epoch(rng: &rng) == p1.consecutiveBatches() && rng == untouched)

        let s = try BatchSchedule(count: 103, batchSize: 10, shuffles: true)
        let e1 = s.epoch(rng: &rng), e2 = s.epoch(rng: &rng)
        for e in [e1, e2] {
            #expect(e.count == 11 && e.last?.count == 3)
            #expect(e.flatMap { $0 }.sorted() == Array(0..<103))
        }
        #expect(e1 != e2)
        var again = untouched
        #expect(s.epoch(rng: &again) == e1)
        #expect(try BatchSchedule(count: 5, batchSize: 64).ranges == [0..<5])
        #expect(try BatchSchedule(count: 0, batchSize: 4).batchesPerEpoch == 0)
        #expect(throws: DataError.self) { try BatchSchedule(count: 10, batchSize: 0) }
    }

    @Test("augmentNoise: originals first, then jittered copies, labels unchanged, deterministic")
    func augment() throws {
        let d = try Dataset.moons(n: 100, noise: 0.1, seed: 1)
        var rng = SplitMix64(seed: 3)
        let a = try augmentNoise(d, sigma: 0.1, copies: 2, rng: &rng)
        #expect(a.count == 300 && a.task == d.task && a.featureNames == d.featureNames)
        #expect(Array(a.features[..<200]) == d.features)
        #expect(a.targets == d.targets + d.targets + d.targets)
        let shift = zip(a.features[200..<400], d.features).map { abs($0 - $1) }
        #expect(shift.allSatisfy { $0 < 0.6 } && shift.contains { $0 > 0 })
        let mean = shift.reduce(0, +) / 200
        #expect(abs(mean - 0.0798) < 0.02)      // E|N(0, 0.1)| = 0.1·√(2/π)
        var rng2 = SplitMix64(seed: 3)
        #expect(try augmentNoise(d, sigma: 0.1, copies: 2, rng: &rng2) == a)
        #expect(try augmentNoise(d, sigma: 0, copies: 0, rng: &rng2) == d)
        #expect(throws: DataError.self) { try augmentNoise(d, sigma: -1, rng: &rng2) }
        #expect(throws: DataError.self) { try augmentNoise(d, sigma: 0.1, copies: -1, rng: &rng2) }
    }

    @Test("standardiser: fitted on train, mean 0 and deviation 1 there, applied to test")
    func standardise() throws {
        let s = try DataSplit.split(try Dataset.line(n: 400, seed: 2), train: 75, valid: 0, test: 25, seed: 1)
        let z = Standardizer(fitting: s.train)
        let t = try z.apply(to: s.train)
        for j in 0..<2 {
            let col = stride(from: j, to: t.features.count, by: 2).map { Double(t.features[$0]) }
            let m = col.reduce(0, +) / Double(col.count)
            let v = col.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(col.count)
            #expect(abs(m) < 1e-5 && abs(v - 1) < 1e-4)
        }
        let test = try z.apply(to: s.test)
        #expect(test.targets == s.test.targets)
        let back = z.invert(features: test.features)
        #expect(zip(back, s.test.features).allSatisfy { abs($0 - $1) < 1e-5 })
        let constant = try Dataset(name: "c", features: [3, 3, 3], featureCount: 1, targets: [1, 2, 3], task: .regression)
        #expect(try Standardizer(fitting: constant).apply(to: constant).features == [0, 0, 0])
        #expect(throws: DataError.self) { try z.apply(to: constant) }
    }
}
