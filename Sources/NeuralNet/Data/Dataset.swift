import Autodiff

/// A set of examples as plain flat arrays: what `data …` produces and what training reads.
///
/// Each example has a shape (`exampleShape`: `[2]` for a point, `[64]` for a digit, `[T, F]`
/// for a sequence of T steps of F values, `[T]` for T tokens) and a target of a shape
/// (`targetShape`: `[]` for one class, `[k]` for k values, `[T]` for a class or value per step).
/// `features` holds the examples back to back, row-major (`[count] + exampleShape`); `targets`
/// likewise (`[count] + targetShape`). Classes are stored as their index `0…classes−1` as a
/// `Float`; token inputs (when `vocabulary` is set) as their id. Rows keep the order the
/// generator or file gave them; shuffling happens in `DataSplit`.
public struct Dataset: Sendable, Equatable {
    /// What is learned from the data.
    public enum Task: Sendable, Equatable, Hashable {
        /// Predict one of `classes` classes per example; the target holds the class index.
        case classification(classes: Int)
        /// Predict real values; targets hold them.
        case regression
        /// Predict one of `classes` classes at every step of a sequence (a token per position);
        /// the target holds a class index per step.
        case classPerStep(classes: Int)
        /// Predict a value at every step of a sequence; the target holds them.
        case valuePerStep

        /// The kind without the class count.
        public var kind: TaskKind {
            switch self {
            case .classification, .classPerStep: return .classification
            case .regression, .valuePerStep: return .regression
            }
        }

        /// The number of classes, or nil for a task of values.
        public var classCount: Int? {
            switch self {
            case .classification(let k), .classPerStep(let k): return k
            case .regression, .valuePerStep: return nil
            }
        }

        /// Whether the targets are classes (per example or per step).
        public var isClassification: Bool { classCount != nil }

        /// Whether there is a target at every step of a sequence.
        public var isPerStep: Bool {
            switch self {
            case .classPerStep, .valuePerStep: return true
            case .classification, .regression: return false
            }
        }
    }

    /// The kind of task without its class count, e.g. for `data load … task=classification`.
    public enum TaskKind: String, Sendable, Equatable, Hashable, CaseIterable {
        /// Targets are class labels.
        case classification
        /// Targets are real values.
        case regression
    }

    /// The size of one image when each row is a picture (the digits are 8×8).
    public struct ImageShape: Sendable, Equatable, Hashable {
        /// Pixel rows.
        public var rows: Int
        /// Pixel columns.
        public var cols: Int
        /// An image shape of `rows` × `cols` pixels.
        public init(rows: Int, cols: Int) {
            self.rows = rows
            self.cols = cols
        }
    }

    /// The data set's name, e.g. `spiral`, `digits`, or the CSV file's base name.
    public var name: String
    /// All examples, row-major `[count] + exampleShape`.
    public private(set) var features: [Float]
    /// All targets, row-major `[count] + targetShape`.
    public private(set) var targets: [Float]
    /// The number of rows (examples).
    public let count: Int
    /// The number of values per example (the product of `exampleShape`).
    public let featureCount: Int
    /// The number of target values per example (1 for a class).
    public let targetWidth: Int
    /// The shape of one example (`[2]`, `[8, 8]` flattened as `[64]`, `[T, F]`, `[T]`).
    public let exampleShape: [Int]
    /// The shape of one example's target (`[]` for a class, `[k]` for values, `[T]` per step).
    public let targetShape: [Int]
    /// The names of the tokens when the example values are token ids (`data copy`, `data text`);
    /// nil when they are real values.
    public let vocabulary: [String]?
    /// Classification with its class count, or regression.
    public let task: Task
    /// One name per feature, e.g. `["x", "y"]` or `["p0", …, "p63"]`.
    public var featureNames: [String]
    /// The target column's name, e.g. `label` or `y`.
    public var targetName: String
    /// For classification, the name of each class index when it differs from the index
    /// (e.g. the original labels of a CSV file); nil when the index is the name.
    public var classNames: [String]?
    /// Set when every row is an image (digits: 8×8).
    public var imageShape: ImageShape?

    /// A data set from flat arrays, checked: `features.count` must be a multiple of
    /// `featureCount`, `targets` must hold `targetWidth` values per row, `featureNames`
    /// one name per feature, and classification targets (width 1) whole numbers in
    /// `0..<classes`.
    public init(
        name: String,
        features: [Float],
        featureCount: Int,
        targets: [Float],
        targetWidth: Int = 1,
        task: Task,
        featureNames: [String]? = nil,
        targetName: String = "label",
        classNames: [String]? = nil,
        imageShape: ImageShape? = nil,
        exampleShape: [Int]? = nil,
        targetShape: [Int]? = nil,
        vocabulary: [String]? = nil
    ) throws(DataError) {
        guard featureCount > 0, targetWidth > 0 else {
            throw .shapeMismatch("featureCount \(featureCount) and targetWidth \(targetWidth) must be at least 1")
        }
        let shape = exampleShape ?? [featureCount]
        guard shape.allSatisfy({ $0 > 0 }), shape.elementCount == featureCount else {
            throw .shapeMismatch("an example of shape \(shape) does not hold \(featureCount) values")
        }
        let tShape = targetShape ?? Dataset.defaultTargetShape(task: task, width: targetWidth)
        guard tShape.allSatisfy({ $0 > 0 }), tShape.elementCount == targetWidth else {
            throw .shapeMismatch("a target of shape \(tShape) does not hold \(targetWidth) values")
        }
        guard features.count % featureCount == 0 else {
            throw .shapeMismatch("\(features.count) feature values do not make rows of \(featureCount)")
        }
        let n = features.count / featureCount
        guard targets.count == n * targetWidth else {
            throw .shapeMismatch("\(n) rows need \(n * targetWidth) target values, got \(targets.count)")
        }
        let names = featureNames ?? (0..<featureCount).map { "x\($0)" }
        guard names.count == featureCount else {
            throw .shapeMismatch("\(names.count) feature names for \(featureCount) features")
        }
        if let k = task.classCount {
            guard k > 0, task.isPerStep || targetWidth == 1 else {
                throw .shapeMismatch("classification needs at least one class and targetWidth 1")
            }
            for t in targets where !(t >= 0 && t < Float(k) && t == t.rounded()) {
                throw .shapeMismatch("class target \(t) is not a class index in 0..<\(k)")
            }
            if let c = classNames, c.count != k {
                throw .shapeMismatch("\(c.count) class names for \(k) classes")
            }
        }
        if let v = vocabulary {
            guard !v.isEmpty else { throw .shapeMismatch("a vocabulary needs at least one token") }
            for x in features where !(x >= 0 && x < Float(v.count) && x == x.rounded()) {
                throw .shapeMismatch("token id \(x) is not in 0..<\(v.count)")
            }
        }
        if let s = imageShape, s.rows * s.cols != featureCount {
            throw .shapeMismatch("an image of \(s.rows)×\(s.cols) needs \(s.rows * s.cols) features, got \(featureCount)")
        }
        self.init(unchecked: name, features: features, featureCount: featureCount,
                  targets: targets, targetWidth: targetWidth, task: task,
                  featureNames: names, targetName: targetName, classNames: classNames,
                  imageShape: imageShape, exampleShape: shape, targetShape: tShape, vocabulary: vocabulary)
    }

    /// The target shape a task has when none is given: `[]` for a class, `[width]` otherwise.
    static func defaultTargetShape(task: Task, width: Int) -> [Int] {
        if case .classification = task { return [] }
        return [width]
    }

    /// The unchecked initialiser the generators and helpers use.
    init(
        unchecked name: String, features: [Float], featureCount: Int, targets: [Float],
        targetWidth: Int, task: Task, featureNames: [String], targetName: String,
        classNames: [String]?, imageShape: ImageShape?, exampleShape: [Int]? = nil,
        targetShape: [Int]? = nil, vocabulary: [String]? = nil
    ) {
        self.name = name
        self.features = features
        self.targets = targets
        self.featureCount = featureCount
        self.targetWidth = targetWidth
        self.count = featureCount > 0 ? features.count / featureCount : 0
        self.task = task
        self.featureNames = featureNames
        self.targetName = targetName
        self.classNames = classNames
        self.imageShape = imageShape
        self.exampleShape = exampleShape ?? [featureCount]
        self.targetShape = targetShape ?? Dataset.defaultTargetShape(task: task, width: targetWidth)
        self.vocabulary = vocabulary
    }

    /// A copy of this data set with other rows but the same columns and task.
    func with(features: [Float], targets: [Float], name: String? = nil) -> Dataset {
        Dataset(unchecked: name ?? self.name, features: features, featureCount: featureCount,
                targets: targets, targetWidth: targetWidth, task: task,
                featureNames: featureNames, targetName: targetName,
                classNames: classNames, imageShape: imageShape, exampleShape: exampleShape,
                targetShape: targetShape, vocabulary: vocabulary)
    }

    /// Row `i`'s features and targets. `i` must be in `0..<count`.
    public func row(_ i: Int) -> (x: [Float], y: [Float]) {
        precondition(i >= 0 && i < count, "row \(i) outside 0..<\(count)")
        return (Array(features[i * featureCount..<(i + 1) * featureCount]),
                Array(targets[i * targetWidth..<(i + 1) * targetWidth]))
    }

    /// Row `i`'s class index, or nil unless the task is one class per example. `i` must be
    /// in `0..<count`.
    public func label(_ i: Int) -> Int? {
        precondition(i >= 0 && i < count, "row \(i) outside 0..<\(count)")
        guard case .classification = task else { return nil }
        return Int(targets[i])
    }

    /// The display name of token `id`: its entry in `vocabulary`, or the number itself.
    public func tokenName(_ id: Int) -> String {
        if let names = vocabulary, id >= 0, id < names.count { return names[id] }
        return String(id)
    }

    /// A batch of the rows at `indices` as tensors: the examples `[n] + exampleShape` and the
    /// targets as a flat list (`[n] + targetShape`, row-major).
    public func batchTensor(_ indices: [Int]) -> (x: Tensor, y: [Float]) {
        let b = batch(indices)
        return (Tensor(shape: [indices.count] + exampleShape, data: b.x), b.y)
    }

    /// The rows `range` as tensors, without gathering: `[n] + exampleShape` and the targets.
    public func slice(_ range: Range<Int>) -> (x: Tensor, y: [Float]) {
        let x = Array(features[range.lowerBound * featureCount..<range.upperBound * featureCount])
        let y = Array(targets[range.lowerBound * targetWidth..<range.upperBound * targetWidth])
        return (Tensor(shape: [range.count] + exampleShape, data: x), y)
    }

    /// The display name of class `k`: its entry in `classNames`, or the number itself.
    public func className(_ k: Int) -> String {
        if let names = classNames, k >= 0, k < names.count { return names[k] }
        return String(k)
    }

    /// The rows at `indices` (in that order, repeats allowed) as a new data set.
    /// Every index must be in `0..<count`.
    public func subset(_ indices: [Int]) -> Dataset {
        let b = batch(indices)
        return with(features: b.x, targets: b.y)
    }

    /// The rows at `indices` gathered into one flat feature block `[indices.count, featureCount]`
    /// and one flat target block `[indices.count, targetWidth]`, ready for a forward pass.
    public func batch(_ indices: [Int]) -> (x: [Float], y: [Float]) {
        var x = [Float]()
        var y = [Float]()
        x.reserveCapacity(indices.count * featureCount)
        y.reserveCapacity(indices.count * targetWidth)
        for i in indices {
            precondition(i >= 0 && i < count, "row \(i) outside 0..<\(count)")
            x.append(contentsOf: features[i * featureCount..<(i + 1) * featureCount])
            y.append(contentsOf: targets[i * targetWidth..<(i + 1) * targetWidth])
        }
        return (x, y)
    }

    /// The smallest and largest value of each feature (for plot axes); `0...0` for every
    /// feature of an empty data set.
    public func featureRanges() -> [ClosedRange<Float>] {
        guard count > 0 else { return Array(repeating: 0...0, count: featureCount) }
        var lo = Array(features[0..<featureCount])
        var hi = lo
        for i in 1..<count {
            let base = i * featureCount
            for j in 0..<featureCount {
                let v = features[base + j]
                if v < lo[j] { lo[j] = v }
                if v > hi[j] { hi[j] = v }
            }
        }
        return (0..<featureCount).map { lo[$0]...hi[$0] }
    }

    /// The smallest and largest target value in each target column (for regression plots).
    public func targetRanges() -> [ClosedRange<Float>] {
        guard count > 0 else { return Array(repeating: 0...0, count: targetWidth) }
        var lo = Array(targets[0..<targetWidth])
        var hi = lo
        for i in 1..<count {
            for j in 0..<targetWidth {
                let v = targets[i * targetWidth + j]
                if v < lo[j] { lo[j] = v }
                if v > hi[j] { hi[j] = v }
            }
        }
        return (0..<targetWidth).map { lo[$0]...hi[$0] }
    }

    /// For classes, how many targets name each class (index = class; per step, every step
    /// counts); empty for values.
    public func classCounts() -> [Int] {
        guard let k = task.classCount else { return [] }
        var counts = Array(repeating: 0, count: k)
        for t in targets { counts[Int(t)] += 1 }
        return counts
    }
}
