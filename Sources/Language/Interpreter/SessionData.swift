import Foundation
import Autodiff
import NeuralNet

/// The session's data: using a new data set, splitting it, augmenting the training rows.
extension Interpreter {
    /// Makes `dataset` the session's data, split by the session's percentages; a network
    /// that cannot take it starts afresh.
    func useData(_ dataset: Dataset, description: String, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let split: DataSplit
        do {
            split = try DataSplit.split(dataset, train: session.splitPercents[0], valid: session.splitPercents[1],
                                       test: session.splitPercents[2], seed: session.seed)
        } catch {
            throw Diagnostic(error.description, at: span)
        }
        let widthChanged = session.data.map {
            $0.exampleShape != dataset.exampleShape || $0.task != dataset.task || $0.vocabulary != dataset.vocabulary
        } ?? true
        session.data = dataset
        session.dataDescription = description
        session.split = split
        session.augmentedTrain = nil
        session.augmentation = nil
        let note = session.rebuildNote
        if widthChanged || session.model != nil { session.invalidateModel() }
        output(.text(dataSummary() + (note.map { "\n" + $0 } ?? "")))
    }

    /// One line about the data: rows, features, task and split.
    func dataSummary() -> String {
        guard let data = session.data, let split = session.split else { return "no data" }
        let task: String
        switch data.task {
        case .classification(let k): task = "\(k) classes"
        case .regression: task = data.exampleShape.count > 1 ? "one value to predict" : "regression"
        case .classPerStep(let k): task = "a class (of \(k)) at each step"
        case .valuePerStep: task = "a value at each step"
        }
        let splitText = "split \(split.train.count) train / \(split.valid.count) valid / \(split.test.count) test"
        guard data.exampleShape.count > 1 || data.vocabulary != nil else {
            return "\(data.name): \(data.count) rows, \(data.featureCount) feature\(data.featureCount == 1 ? "" : "s"), \(task) · \(splitText)"
        }
        let steps = data.exampleShape.first ?? 1
        let each: String
        if let vocabulary = data.vocabulary {
            each = "\(steps) tokens (vocabulary \(vocabulary.count))"
        } else {
            let values = data.exampleShape.dropFirst().reduce(1, *)
            each = "\(steps) steps of \(values) value\(values == 1 ? "" : "s")"
        }
        return "\(data.name): \(data.count) sequences of \(each), \(task) · \(splitText)"
    }

    /// `split`: new percentages, applied now or to the next data set.
    func split(train: Double, valid: Double, test: Double, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        guard let data = session.data else {
            session.splitPercents = [train, valid, test]
            output(.text("split \(Format.number(train)) / \(Format.number(valid)) / \(Format.number(test)) will apply to the next data set"))
            return
        }
        do {
            session.split = try DataSplit.split(data, train: train, valid: valid, test: test, seed: session.seed)
        } catch {
            throw Diagnostic(error.description, at: span, expected: "three percentages that add up to 100, e.g. `split 70 15 15`")
        }
        session.splitPercents = [train, valid, test]
        session.augmentedTrain = nil
        session.augmentation = nil
        let note = session.rebuildNote
        if session.model != nil { session.invalidateModel() }
        output(.text(dataSummary() + (note.map { "\n" + $0 } ?? "")))
    }

    /// `augment noise SIGMA copies=N`, or `augment none` (nil).
    func augment(noise: (sigma: Double, copies: Int)?, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        guard let split = session.split else { throw noData(at: span) }
        guard let (sigma, copies) = noise else {
            session.augmentedTrain = nil
            session.augmentation = nil
            output(.text("augmentation off: training on the \(split.train.count) rows of the training split"))
            return
        }
        do {
            session.augmentedTrain = try augmentNoise(split.train, sigma: sigma, copies: copies, rng: &session.generator)
        } catch {
            throw Diagnostic(error.description, at: span)
        }
        session.augmentation = "noise \(Format.number(sigma)) ×\(copies + 1)"
        output(.text("training set: \(split.train.count) rows + \(split.train.count * copies) jittered copies (σ = \(Format.number(sigma)))"))
    }

    /// A path relative to the working directory (absolute paths and `~` as given).
    func resolve(_ path: String) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded) }
        return workingDirectory.appendingPathComponent(expanded)
    }
}
