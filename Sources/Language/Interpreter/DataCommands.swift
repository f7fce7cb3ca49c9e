import Foundation
import Autodiff
import NeuralNet

/// `data …`, `split …`, `augment …`.
extension Interpreter {
    func dataCommand(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        let kind = c.subcommand ?? "spiral"
        let span = c.command.span
        let n = c.integer("n")
        let noise = c.number("noise") ?? 0
        let seed = c.integer("seed").map(UInt64.init) ?? session.seed
        var dataset: Dataset
        var description = kind
        do {
            switch kind {
            case "circle": dataset = try Dataset.circle(n: n ?? 500, noise: noise, seed: seed)
            case "xor": dataset = try Dataset.xor(n: n ?? 500, noise: noise, seed: seed)
            case "gaussian": dataset = try Dataset.gaussian(n: n ?? 500, noise: noise, seed: seed)
            case "spiral": dataset = try Dataset.spiral(n: n ?? 500, noise: noise, seed: seed)
            case "moons": dataset = try Dataset.moons(n: n ?? 500, noise: noise, seed: seed)
            case "line": dataset = try Dataset.line(n: n ?? 500, noise: noise, seed: seed)
            case "sine": dataset = try Dataset.sine(n: n ?? 200, noise: noise, seed: seed)
            case "digits":
                let all = Dataset.digits()
                dataset = n.map { all.subset(Array(0..<Swift.min($0, all.count))) } ?? all
            case "load":
                let path = c.string("file") ?? ""
                let url = resolve(path)
                var target: String? = nil
                switch c.option("target") {
                case .word(let w)?: target = w
                case .string(let s)?: target = s
                case .integer(let i)?: target = String(i)
                default: target = nil
                }
                let task = c.word("task").flatMap(Dataset.TaskKind.init(rawValue:))
                dataset = try Dataset.loadCSV(path: url.path, target: target, task: task)
                description = "load \"\(path)\""
            case "copy":
                dataset = try Dataset.copy(n: n ?? 1000, length: c.integer("len") ?? 10, vocabulary: c.integer("vocab") ?? 10,
                                           delay: c.integer("delay") ?? 1, seed: seed)
            case "reverse":
                dataset = try Dataset.reverse(n: n ?? 1000, length: c.integer("len") ?? 8, vocabulary: c.integer("vocab") ?? 10, seed: seed)
            case "adding":
                dataset = try Dataset.adding(n: n ?? 1000, length: c.integer("len") ?? 50, seed: seed)
            case "parity":
                dataset = try Dataset.parity(n: n ?? 1000, length: c.integer("len") ?? 8, seed: seed)
            case "sinewave":
                dataset = try Dataset.sinewave(n: n ?? 1000, length: c.integer("len") ?? 20, noise: noise, seed: seed)
            default:
                throw Diagnostic("unknown data set `\(kind)`", at: c.command.arguments.first?.span ?? span,
                                 expected: "a data set such as spiral, circle, xor, digits")
            }
        } catch let error as DataError {
            // Point at what to change: the target option for a missing column, the option that
            // is out of range, else the file.
            var place = c.span(of: "file") ?? span
            if case .unknownTarget = error { place = c.span(of: "target") ?? place }
            if case .invalidArgument(let name, _, _) = error { place = c.span(of: name) ?? place }
            throw Diagnostic(error.description, at: place)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic("\(error)", at: span)
        }
        if Vocabulary.sequenceTasks.contains(kind) {
            description += " n=\(dataset.count) len=\(dataset.exampleShape.first ?? 0)"
            if let v = dataset.vocabulary { description += " vocab=\(v.count)" }
            if let d = c.integer("delay") { description += " delay=\(d)" }
            if c.number("noise") != nil { description += " noise=\(Format.number(noise))" }
            if c.integer("seed") != nil { description += " seed=\(seed)" }
        } else if kind != "load" && kind != "digits" {
            description += " n=\(dataset.count) noise=\(Format.number(noise))"
            if c.integer("seed") != nil { description += " seed=\(seed)" }
        }
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

    func splitCommand(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        let train = c.number("train") ?? 70, valid = c.number("valid") ?? 0
        let test = c.number("test") ?? Swift.max(0, 100 - train - valid)
        guard let data = session.data else {
            session.splitPercents = [train, valid, test]
            output(.text("split \(Format.number(train)) / \(Format.number(valid)) / \(Format.number(test)) will apply to the next data set"))
            return
        }
        do {
            session.split = try DataSplit.split(data, train: train, valid: valid, test: test, seed: session.seed)
        } catch {
            throw Diagnostic(error.description, at: c.command.span, expected: "three percentages that add up to 100, e.g. `split 70 15 15`")
        }
        session.splitPercents = [train, valid, test]
        session.augmentedTrain = nil
        session.augmentation = nil
        let note = session.rebuildNote
        if session.model != nil { session.invalidateModel() }
        output(.text(dataSummary() + (note.map { "\n" + $0 } ?? "")))
    }

    func augmentCommand(_ c: ValidatedCommand, output: (Output) -> Void) throws(Diagnostic) {
        guard let split = session.split else { throw noData(at: c.command.span) }
        if c.subcommand == "none" {
            session.augmentedTrain = nil
            session.augmentation = nil
            output(.text("augmentation off: training on the \(split.train.count) rows of the training split"))
            return
        }
        let sigma = c.number("sigma") ?? 0.1
        let copies = c.integer("copies") ?? 1
        do {
            session.augmentedTrain = try augmentNoise(split.train, sigma: sigma, copies: copies, rng: &session.generator)
        } catch {
            throw Diagnostic(error.description, at: c.command.span)
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
