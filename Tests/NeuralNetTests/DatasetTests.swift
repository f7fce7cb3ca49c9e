import Foundation
import Testing
import Autodiff
@testable import NeuralNet

/// `/work/shared/bench/data/<name>` found beside the repository root, or nil when absent.
private func sharedDataFile(_ name: String) -> String? {
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.deletingLastPathComponent().appendingPathComponent("shared/bench/data/\(name)").path
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(data: data, encoding: .utf8)
}

private typealias Generator = @Sendable (Int, Double, UInt64) throws(DataError) -> Dataset

private let generators: [(String, Generator)] = [
    ("circle", { n, noise, seed throws(DataError) in try Dataset.circle(n: n, noise: noise, seed: seed) }),
    ("xor", { n, noise, seed throws(DataError) in try Dataset.xor(n: n, noise: noise, seed: seed) }),
    ("gaussian", { n, noise, seed throws(DataError) in try Dataset.gaussian(n: n, noise: noise, seed: seed) }),
    ("spiral", { n, noise, seed throws(DataError) in try Dataset.spiral(n: n, noise: noise, seed: seed) }),
    ("moons", { n, noise, seed throws(DataError) in try Dataset.moons(n: n, noise: noise, seed: seed) }),
    ("line", { n, noise, seed throws(DataError) in try Dataset.line(n: n, noise: noise, seed: seed) }),
    ("sine", { n, noise, seed throws(DataError) in try Dataset.sine(n: n, noise: noise, seed: seed) }),
]

@Suite("Dataset generators")
struct DatasetGeneratorTests {
    @Test("every generator: count, shape, name, finite values", arguments: [1, 2, 7, 500])
    func shapes(n: Int) throws {
        for (name, make) in generators {
            let d = try make(n, 0.2, 3)
            #expect(d.name == name)
            #expect(d.count == n)
            #expect(d.features.count == n * d.featureCount)
            #expect(d.targets.count == n)
            #expect(d.features.allSatisfy { $0.isFinite })
            #expect(d.featureNames.count == d.featureCount)
            if name == "sine" {
                #expect(d.task == .regression && d.featureCount == 1)
            } else {
                #expect(d.task == .classification(classes: 2) && d.featureCount == 2)
                #expect(d.targets.allSatisfy { $0 == 0 || $0 == 1 })
            }
        }
    }

    @Test("same seed gives identical bytes, another seed different data")
    func determinism() throws {
        for (name, make) in generators {
            let a = try make(300, 0.3, 42), b = try make(300, 0.3, 42), c = try make(300, 0.3, 43)
            #expect(a == b, "\(name)")
            #expect(a.features.map(\.bitPattern) == b.features.map(\.bitPattern), "\(name)")
            #expect(a.features != c.features, "\(name)")
        }
    }

    @Test("bad arguments throw instead of crashing")
    func badArguments() {
        for (_, make) in generators {
            #expect(throws: DataError.self) { try make(0, 0, 1) }
            #expect(throws: DataError.self) { try make(-5, 0, 1) }
            #expect(throws: DataError.self) { try make(2_000_000, 0, 1) }
            #expect(throws: DataError.self) { try make(10, -0.1, 1) }
            #expect(throws: DataError.self) { try make(10, .nan, 1) }
        }
        #expect((try? Dataset.spiral(n: 0))?.count == nil)
    }

    @Test("circle: half inside radius 2.5 (class 1), half in the 3.5…5 ring (class 0)")
    func circle() throws {
        let d = try Dataset.circle(n: 500, noise: 0, seed: 1)
        #expect(d.classCounts() == [250, 250])
        for i in 0..<d.count {
            let (x, y) = d.row(i)
            let r = (x[0] * x[0] + x[1] * x[1]).squareRoot()
            if i < 250 { #expect(r <= 2.5 && y[0] == 1) } else { #expect(r >= 3.4999 && r <= 5.0001 && y[0] == 0) }
        }
        let noisy = try Dataset.circle(n: 500, noise: 0.5, seed: 1)
        #expect(noisy.classCounts() != [250, 250])   // noise flips labels near the boundary
        #expect(noisy.features == d.features)         // the stored points stay clean
    }

    @Test("xor: padded away from the axes, label = sign of x·y")
    func xor() throws {
        let d = try Dataset.xor(n: 1000, noise: 0, seed: 2)
        let counts = d.classCounts()
        #expect(abs(counts[0] - counts[1]) < 100)
        for i in 0..<d.count {
            let (x, y) = d.row(i)
            #expect(abs(x[0]) >= 0.3 && abs(x[1]) >= 0.3 && abs(x[0]) <= 5.3 && abs(x[1]) <= 5.3)
            #expect(y[0] == (x[0] * x[1] >= 0 ? 1 : 0))
        }
    }

    @Test("gaussian: class 1 around (2,2), class 0 around (−2,−2), spread grows with noise")
    func gaussian() throws {
        let d = try Dataset.gaussian(n: 2000, noise: 0, seed: 3)
        #expect(d.classCounts() == [1000, 1000])
        func stats(_ d: Dataset, _ rows: Range<Int>) -> (mean: Double, sd: Double) {
            let xs = rows.map { Double(d.features[2 * $0]) }
            let m = xs.reduce(0, +) / Double(xs.count)
            return (m, (xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count)).squareRoot())
        }
        let pos = stats(d, 0..<1000), neg = stats(d, 1000..<2000)
        #expect(abs(pos.mean - 2) < 0.1 && abs(neg.mean + 2) < 0.1)
        #expect(abs(pos.sd - 0.5.squareRoot()) < 0.05)         // variance 0.5 at noise 0
        let wide = try Dataset.gaussian(n: 2000, noise: 0.5, seed: 3)
        #expect(abs(stats(wide, 0..<1000).sd - 2) < 0.15)      // variance 4 at noise 0.5
        #expect(d.targets[0] == 1 && d.targets[1999] == 0)
    }

    @Test("spiral with noise 0 ignores the seed; with noise it moves points by at most noise")
    func spiralNoise() throws {
        let a = try Dataset.spiral(n: 500, noise: 0, seed: 1)
        let b = try Dataset.spiral(n: 500, noise: 0, seed: 99)
        #expect(a == b)
        #expect(a.classCounts() == [250, 250])
        #expect(a.targets[0] == 1 && a.targets[499] == 0)
        let c = try Dataset.spiral(n: 500, noise: 0.5, seed: 1)
        for k in 0..<1000 { #expect(abs(c.features[k] - a.features[k]) <= 0.5001) }
        #expect(a.featureRanges().allSatisfy { $0.lowerBound >= -5 && $0.upperBound <= 5 })
    }

    @Test("spiral, shuffled by seed 11 and halved, is bench/data/spiral.csv (SPEC P1)")
    func spiralMatchesBench() throws {
        let s = try DataSplit.split(try Dataset.spiral(n: 500, noise: 0), train: 50, valid: 0, test: 50, seed: 11)
        #expect(s.train.count == 250 && s.test.count == 250 && s.valid.count == 0)
        // Constants copied from spiral.csv, so the test holds when the file is absent.
        #expect(s.train.row(0).x == [1.8543688, 0.69405794] && s.train.row(0).y == [0])
        #expect(s.train.row(1).x == [1.667858, 4.1364055] && s.train.row(1).y == [0])
        #expect(s.train.row(249).x == [2.4168494, 2.1578784] && s.train.row(249).y == [1])
        #expect(s.test.row(0).x == [0.79536796, 2.8718965] && s.test.row(0).y == [1])
        #expect(s.test.row(249).x == [-0.45646697, 1.1744096] && s.test.row(249).y == [0])
        guard let csv = sharedDataFile("spiral.csv") else { return }
        let lines = csv.split(separator: "\n").dropFirst()
        #expect(lines.count == 500)
        for (k, line) in lines.enumerated() {
            let f = line.split(separator: ",").map(String.init)
            let part = k < 250 ? s.train : s.test
            let row = part.row(k % 250)
            #expect(f[3] == (k < 250 ? "train" : "test"))
            #expect(row.x[0].bitPattern == Float(f[0])?.bitPattern, "row \(k)")
            #expect(row.x[1].bitPattern == Float(f[1])?.bitPattern, "row \(k)")
            #expect(row.y[0] == Float(f[2]), "row \(k)")
        }
    }

    @Test("moons: two half circles, balanced")
    func moons() throws {
        let d = try Dataset.moons(n: 201, noise: 0, seed: 1)
        #expect(d.classCounts() == [100, 101])
        #expect(d.row(0).x == [1, 0] && d.row(99).x[0] == -1)
        #expect(d.row(100).x == [0, 0.5])
        let r = d.featureRanges()
        #expect(r[0].lowerBound >= -1 && r[0].upperBound <= 2 && r[1].lowerBound >= -0.5 && r[1].upperBound <= 1)
    }

    @Test("line: separable by y = 0.5x + 0.3 without noise, roughly balanced")
    func line() throws {
        let d = try Dataset.line(n: 1000, noise: 0, seed: 5)
        for i in 0..<d.count {
            let x = d.row(i).x
            #expect(d.targets[i] == (x[1] > 0.5 * x[0] + 0.3 ? 1 : 0))
        }
        let c = d.classCounts()
        #expect(c[0] > 350 && c[1] > 350)
        #expect(d.featureRanges().allSatisfy { $0.lowerBound >= -5 && $0.upperBound <= 5 })
    }

    @Test("sine: x in [−3, 3), y = sin x exactly without noise")
    func sine() throws {
        let d = try Dataset.sine(n: 200, noise: 0, seed: 9)
        #expect(d.task == .regression && d.targetName == "y")
        for i in 0..<d.count {
            let x = d.features[i]
            #expect(x >= -3 && x <= 3)
            #expect(abs(d.targets[i] - Float(sin(Double(x)))) < 1e-6)
        }
        let noisy = try Dataset.sine(n: 200, noise: 0.1, seed: 9)
        #expect(noisy.features == d.features && noisy.targets != d.targets)
    }
}

@Suite("Digits")
struct DigitsTests {
    @Test("1,797 rows of 64 pixels/16, 10 classes, 8×8, file order")
    func digits() throws {
        let d = Dataset.digits()
        #expect(d.count == 1797 && d.featureCount == 64 && d.task == .classification(classes: 10))
        #expect(d.imageShape == Dataset.ImageShape(rows: 8, cols: 8))
        #expect(d.classNames == (0..<10).map(String.init))
        #expect(d.classCounts() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        let first: [Float] = [0, 3, 15, 14, 5, 0, 0, 0, 0, 14, 14, 14, 15, 0, 0, 0, 0, 8, 1, 6, 16, 2, 0, 0,
                              0, 0, 0, 9, 16, 2, 0, 0, 0, 0, 1, 14, 11, 0, 0, 0, 0, 0, 9, 16, 2, 0, 1, 0,
                              0, 4, 16, 15, 8, 9, 15, 0, 0, 3, 16, 16, 16, 15, 5, 0]
        #expect(d.row(0).x == first.map { $0 / 16 } && d.label(0) == 2)
        #expect(d.label(1796) == 6)
        #expect(d.features.allSatisfy { $0 >= 0 && $0 <= 1 })
        guard let csv = sharedDataFile("digits.csv") else { return }
        let shipped = try Dataset.loadCSV(text: csv, name: "digits.csv", task: .classification)
        #expect(shipped.features.map { $0 / 16 } == d.features)
        #expect(shipped.targets == d.targets)
    }
}

@Suite("Dataset helpers")
struct DatasetHelperTests {
    let d = try! Dataset(name: "t", features: [1, 2, 3, 4, 5, 6], featureCount: 2,
                         targets: [0, 1, 1], task: .classification(classes: 2))

    @Test("row, subset, batch, ranges")
    func helpers() throws {
        #expect(d.count == 3 && d.featureNames == ["x0", "x1"])
        #expect(d.row(1).x == [3, 4] && d.row(1).y == [1])
        let s = d.subset([2, 0])
        #expect(s.features == [5, 6, 1, 2] && s.targets == [1, 0] && s.count == 2)
        let b = d.batch([1, 1])
        #expect(b.x == [3, 4, 3, 4] && b.y == [1, 1])
        #expect(d.featureRanges() == [1...5, 2...6])
        #expect(d.subset([]).featureRanges() == [0...0, 0...0])
        #expect(d.classCounts() == [1, 2] && d.className(1) == "1")
    }

    @Test("the checked initialiser rejects shapes that do not fit")
    func checkedInit() {
        #expect(throws: DataError.self) {
            try Dataset(name: "t", features: [1, 2, 3], featureCount: 2, targets: [0], task: .regression)
        }
        #expect(throws: DataError.self) {
            try Dataset(name: "t", features: [1, 2], featureCount: 2, targets: [0, 1], task: .regression)
        }
        #expect(throws: DataError.self) {
            try Dataset(name: "t", features: [1, 2], featureCount: 2, targets: [2], task: .classification(classes: 2))
        }
        #expect(throws: DataError.self) {
            try Dataset(name: "t", features: [1, 2], featureCount: 2, targets: [0.5], task: .classification(classes: 2))
        }
    }
}
