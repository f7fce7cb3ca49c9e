import Foundation
import Autodiff

/// A model as a versioned JSON file: architecture, weights and settings (`save`/`load`).
///
/// Version 2 stores the per-example input shape (and the vocabulary of a token task), then
/// each layer as its `LayerConfig` with every parameter's name, shape and values. Version-1
/// files (nnlab 0.1: dense, dropout and activation layers over a flat input) are still read,
/// through `ModelFileV1`, and give the same network.
///
/// Files are written atomically (to a temporary file, then renamed over the target), so a
/// crash or a full disk never leaves half a model behind. Reading checks the format name,
/// the version, every layer's config and every parameter's shape before anything is built;
/// a corrupt, truncated, foreign or newer file gives a `ModelFileError` and changes nothing.
public struct ModelFile: Codable, Sendable, Equatable {
    /// The format's name, always `nnlab-model`.
    public var format: String = ModelFile.formatName
    /// The format's version.
    public var version: Int = ModelFile.currentVersion
    /// The shape of one example.
    public var inputShape: [Int]
    /// The tokens, when the input values are token ids.
    public var vocabulary: [String]?
    /// The layers with their parameters.
    public var layers: [Entry]
    /// The loss.
    public var loss: Loss?
    /// The optimiser's settings.
    public var optimizer: OptimizerSettings?
    /// The training settings.
    public var training: TrainingSettings?
    /// Free-form settings of the session (data set name, seed…).
    public var notes: [String: String]

    /// One layer: its config and its parameters' values.
    public struct Entry: Codable, Sendable, Equatable {
        /// What the layer is.
        public var config: LayerConfig
        /// Its parameters, in the layer's order.
        public var parameters: [Parameter]

        /// An entry for `config` with these parameters.
        public init(config: LayerConfig, parameters: [Parameter]) {
            self.config = config
            self.parameters = parameters
        }
    }

    /// One parameter tensor: name, shape and values (row-major).
    public struct Parameter: Codable, Sendable, Equatable {
        /// The parameter's name in its layer (`weight`, `bias`, `W`…).
        public var name: String
        /// Its shape.
        public var shape: [Int]
        /// Its values, row-major.
        public var values: [Float]

        /// A parameter record.
        public init(name: String, shape: [Int], values: [Float]) {
            self.name = name
            self.shape = shape
            self.values = values
        }
    }

    /// The format name written in every file.
    public static let formatName = "nnlab-model"
    /// The version this build writes.
    public static let currentVersion = 2

    /// A description of `model` with its settings.
    public init(model: Sequential, loss: Loss?, optimizer: OptimizerSettings?, training: TrainingSettings?,
                vocabulary: [String]? = nil, notes: [String: String] = [:]) {
        inputShape = model.inputShape
        self.vocabulary = model.input.vocabulary == nil ? nil : vocabulary
        layers = model.layers.map { layer in
            Entry(config: layer.config, parameters: zip(layer.parameterNames, layer.parameters).map {
                Parameter(name: $0.0, shape: $0.1.shape, values: $0.1.data)
            })
        }
        self.loss = loss
        self.optimizer = optimizer
        self.training = training
        self.notes = notes
    }

    /// A file from its parts (used when reading older versions).
    init(inputShape: [Int], vocabulary: [String]?, layers: [Entry], loss: Loss?, optimizer: OptimizerSettings?,
         training: TrainingSettings?, notes: [String: String]) {
        self.inputShape = inputShape
        self.vocabulary = vocabulary
        self.layers = layers
        self.loss = loss
        self.optimizer = optimizer
        self.training = training
        self.notes = notes
    }

    /// The JSON text (keys sorted, so equal models give equal bytes).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// Writes the file atomically. Weights that are not finite numbers (after a diverged
    /// training) are refused: JSON cannot hold them, and such a model predicts nothing.
    public func write(to url: URL) throws(ModelFileError) {
        if layers.contains(where: { $0.parameters.contains { $0.values.contains { !$0.isFinite } } }) {
            throw ModelFileError(path: url.path, problem: "was not written: some weights are not finite numbers (a diverged training?)")
        }
        do {
            try encoded().write(to: url, options: .atomic)
        } catch {
            throw ModelFileError(path: url.path, problem: "could not be written: \(error.localizedDescription)")
        }
    }

    /// Reads and checks a model file.
    public static func read(from url: URL) throws(ModelFileError) -> ModelFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ModelFileError(path: url.path, problem: "does not exist")
        }
        guard !isFolder.boolValue else { throw ModelFileError(path: url.path, problem: "is a folder, not a model file") }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ModelFileError(path: url.path, problem: "could not be read (\(error.localizedDescription))")
        }
        return try decode(data, path: url.path)
    }

    /// Decodes and checks model JSON of any version this build reads.
    public static func decode(_ data: Data, path: String) throws(ModelFileError) -> ModelFile {
        struct Header: Decodable { var format: String?; var version: Int? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw ModelFileError(path: path, problem: "is not a model file (not valid JSON, or truncated)")
        }
        guard header.format == formatName else {
            throw ModelFileError(path: path, problem: "is not an nnlab model file (format \(header.format.map { "`\($0)`" } ?? "missing"))")
        }
        let file: ModelFile
        switch header.version {
        case 1?:
            file = try ModelFileV1.decode(data, path: path).upgraded(path: path)
        case currentVersion?:
            do { file = try JSONDecoder().decode(ModelFile.self, from: data) } catch let error as DecodingError {
                throw ModelFileError(path: path, problem: "is damaged: \(describe(error))")
            } catch {
                throw ModelFileError(path: path, problem: "is damaged")
            }
        case let version? where version > currentVersion:
            throw ModelFileError(path: path, problem: "was written by a newer nnlab (file version \(version)); this nnlab reads versions 1 to \(currentVersion)")
        default:
            throw ModelFileError(path: path, problem: "has version \(header.version.map(String.init) ?? "?"), this nnlab reads versions 1 to \(currentVersion)")
        }
        _ = try file.makeModel(path: path)
        return file
    }

    /// A decoding failure in a learner's words: which field, and what was wrong with it.
    static func describe(_ error: DecodingError) -> String {
        func place(_ path: [any CodingKey]) -> String {
            let names = path.map { $0.intValue.map { "#\($0 + 1)" } ?? $0.stringValue }
            return names.isEmpty ? "the file" : "`" + names.joined(separator: ".") + "`"
        }
        switch error {
        case .typeMismatch(_, let context): return "\(place(context.codingPath)) has the wrong kind of value"
        case .valueNotFound(_, let context): return "\(place(context.codingPath)) is missing its value"
        case .keyNotFound(let key, let context): return "\(place(context.codingPath + [key])) is missing"
        case .dataCorrupted(let context):
            if context.debugDescription.hasPrefix("unknown layer kind") { return "\(place(context.codingPath)): \(context.debugDescription)" }
            return "\(place(context.codingPath)) cannot be read"
        @unknown default: return "it cannot be read"
        }
    }

    /// Builds the network the file describes, checking every layer and parameter shape.
    public func makeModel(path: String = "model") throws(ModelFileError) -> Sequential {
        guard !inputShape.isEmpty, inputShape.allSatisfy({ $0 > 0 }) else {
            throw ModelFileError(path: path, problem: "has an input shape of \(NeuralNet.describe(inputShape))")
        }
        if let vocabulary, vocabulary.isEmpty {
            throw ModelFileError(path: path, problem: "has an empty vocabulary")
        }
        let model: Sequential
        do {
            model = try Sequential.build(input: LayerInput(shape: inputShape, vocabulary: vocabulary?.count),
                                         configs: layers.map(\.config))
        } catch {
            throw ModelFileError(path: path, problem: "cannot be built: \(error.description)")
        }
        for (i, (layer, entry)) in zip(model.layers, layers).enumerated() {
            let place = "layer \(i + 1) (\(entry.config.summary))"
            guard entry.parameters.map(\.name) == layer.parameterNames else {
                throw ModelFileError(path: path, problem: "\(place) has the parameters \(entry.parameters.map(\.name)), expected \(layer.parameterNames)")
            }
            for (parameter, tensor) in zip(entry.parameters, layer.parameters) {
                guard parameter.shape == tensor.shape, parameter.values.count == tensor.count else {
                    throw ModelFileError(path: path, problem: "\(place) has missing or mis-sized values (`\(parameter.name)` should be \(NeuralNet.describe(tensor.shape)))")
                }
                tensor.data = parameter.values
            }
        }
        return model
    }
}

/// A model file that cannot be written or used, with the reason.
public struct ModelFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file.
    public var path: String
    /// What is wrong, completing "the file … ".
    public var problem: String

    /// An error about `path`.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    /// "`m.json` is not a model file …".
    public var description: String { "`\(path)` \(problem)" }
}
