import Foundation
import Autodiff

/// A model as a versioned JSON file: architecture, weights and settings (`save`/`load`).
///
/// Files are written atomically (to a temporary file, then renamed over the target), so a
/// crash or a full disk never leaves half a model behind. Reading checks the format name,
/// the version, the layer kinds and every array's length before anything is built; a
/// corrupt, truncated or foreign file gives a `ModelFileError` and changes nothing.
public struct ModelFile: Codable, Sendable, Equatable {
    /// The format's name, always `nnlab-model`.
    public var format: String = ModelFile.formatName
    /// The format's version.
    public var version: Int = ModelFile.currentVersion
    /// The number of input features.
    public var inputWidth: Int
    /// The layers with their values.
    public var layers: [LayerRecord]
    /// The loss.
    public var loss: Loss?
    /// The optimiser's settings.
    public var optimizer: OptimizerSettings?
    /// The training settings.
    public var training: TrainingSettings?
    /// Free-form settings of the session (data set name, seed…).
    public var notes: [String: String]

    /// The format name written in every file.
    public static let formatName = "nnlab-model"
    /// The version this build writes and reads.
    public static let currentVersion = 1

    /// A description of `model` with its settings.
    public init(model: Sequential, loss: Loss?, optimizer: OptimizerSettings?, training: TrainingSettings?, notes: [String: String] = [:]) {
        inputWidth = model.inputWidth
        layers = model.layers.map(\.record)
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

    /// Writes the file atomically.
    public func write(to url: URL) throws(ModelFileError) {
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

    /// Decodes and checks model JSON.
    public static func decode(_ data: Data, path: String) throws(ModelFileError) -> ModelFile {
        struct Header: Decodable { var format: String?; var version: Int? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw ModelFileError(path: path, problem: "is not a model file (not valid JSON, or truncated)")
        }
        guard header.format == formatName else {
            throw ModelFileError(path: path, problem: "is not an nnlab model file (format \(header.format.map { "`\($0)`" } ?? "missing"))")
        }
        guard header.version == currentVersion else {
            throw ModelFileError(path: path, problem: "has version \(header.version.map(String.init) ?? "?"), this nnlab reads version \(currentVersion)")
        }
        let file: ModelFile
        do { file = try JSONDecoder().decode(ModelFile.self, from: data) } catch let error as DecodingError {
            throw ModelFileError(path: path, problem: "is damaged: \(describe(error))")
        } catch {
            throw ModelFileError(path: path, problem: "is damaged")
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
        case .dataCorrupted(let context): return "\(place(context.codingPath)) cannot be read"
        @unknown default: return "it cannot be read"
        }
    }

    /// Builds the network the file describes, checking every layer and array size.
    public func makeModel(path: String = "model") throws(ModelFileError) -> Sequential {
        guard inputWidth > 0 else { throw ModelFileError(path: path, problem: "has an input width of \(inputWidth)") }
        let model = Sequential(inputWidth: inputWidth)
        for (i, record) in layers.enumerated() {
            let width = model.outputWidth
            let place = "layer \(i + 1)"
            switch record.kind {
            case "dense":
                if let name = record.activation, Activation(rawValue: name) == nil {
                    let known = Activation.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ModelFileError(path: path, problem: "\(place) has the activation `\(name)`, which nnlab does not have (it has \(known))")
                }
                guard let units = record.units, units > 0, record.inputs == width,
                      let activationName = record.activation, let activation = Activation(rawValue: activationName),
                      let w = record.values?["weight"], let b = record.values?["bias"],
                      w.count == units * width, b.count == units else {
                    throw ModelFileError(path: path, problem: "\(place) (dense) has missing or mis-sized values")
                }
                let dense = Dense(inputs: width, units: units, activation: activation)
                dense.weight.data = w
                dense.bias.data = b
                model.append(dense)
            case "activation":
                guard let name = record.activation, let activation = Activation(rawValue: name) else {
                    throw ModelFileError(path: path, problem: "\(place) has an unknown activation")
                }
                model.append(ActivationLayer(activation))
            case "dropout":
                guard let rate = record.rate, rate >= 0, rate < 1 else {
                    throw ModelFileError(path: path, problem: "\(place) has a dropout rate outside [0, 1)")
                }
                model.append(Dropout(rate: rate))
            default:
                throw ModelFileError(path: path, problem: "\(place) has the unknown kind `\(record.kind)`")
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
