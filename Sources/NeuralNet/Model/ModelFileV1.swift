import Foundation

/// A model file as nnlab 0.1 wrote it (version 1): a flat input width and layers as flat
/// records (`dense` with units, inputs, activation and `weight`/`bias` values; `dropout`
/// with a rate; `activation`). Read only, and upgraded to the current `ModelFile`.
struct ModelFileV1: Decodable {
    /// A layer as version 1 stored it.
    struct LayerRecord: Decodable {
        var kind: String
        var units: Int?
        var inputs: Int?
        var activation: String?
        var rate: Float?
        var values: [String: [Float]]?
    }

    var inputWidth: Int
    var layers: [LayerRecord]
    var loss: Loss?
    var optimizer: OptimizerSettings?
    var training: TrainingSettings?
    var notes: [String: String]

    /// Decodes version-1 JSON.
    static func decode(_ data: Data, path: String) throws(ModelFileError) -> ModelFileV1 {
        do { return try JSONDecoder().decode(ModelFileV1.self, from: data) } catch let error as DecodingError {
            throw ModelFileError(path: path, problem: "is damaged: \(ModelFile.describe(error))")
        } catch {
            throw ModelFileError(path: path, problem: "is damaged")
        }
    }

    /// The same model as a current `ModelFile`, each record checked.
    func upgraded(path: String = "model") throws(ModelFileError) -> ModelFile {
        guard inputWidth > 0 else { throw ModelFileError(path: path, problem: "has an input width of \(inputWidth)") }
        var width = inputWidth
        var entries: [ModelFile.Entry] = []
        for (i, record) in layers.enumerated() {
            let place = "layer \(i + 1)"
            func activation() throws(ModelFileError) -> Activation {
                guard let name = record.activation else { throw ModelFileError(path: path, problem: "\(place) has no activation") }
                guard let a = Activation(rawValue: name) else {
                    let known = Activation.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ModelFileError(path: path, problem: "\(place) has the activation `\(name)`, which nnlab does not have (it has \(known))")
                }
                return a
            }
            switch record.kind {
            case "dense":
                let a = try activation()
                guard let units = record.units, units > 0, record.inputs == width,
                      let w = record.values?["weight"], let b = record.values?["bias"],
                      w.count == units * width, b.count == units else {
                    throw ModelFileError(path: path, problem: "\(place) (dense) has missing or mis-sized values")
                }
                entries.append(ModelFile.Entry(config: .dense(Dense.Config(units: units, activation: a)), parameters: [
                    ModelFile.Parameter(name: "weight", shape: [units, width], values: w),
                    ModelFile.Parameter(name: "bias", shape: [units], values: b),
                ]))
                width = units
            case "activation":
                entries.append(ModelFile.Entry(config: .activation(ActivationLayer.Config(activation: try activation())), parameters: []))
            case "dropout":
                guard let rate = record.rate, rate >= 0, rate < 1 else {
                    throw ModelFileError(path: path, problem: "\(place) has a dropout rate outside [0, 1)")
                }
                entries.append(ModelFile.Entry(config: .dropout(Dropout.Config(rate: rate)), parameters: []))
            default:
                throw ModelFileError(path: path, problem: "\(place) has the unknown kind `\(record.kind)`")
            }
        }
        return ModelFile(inputShape: [inputWidth], vocabulary: nil, layers: entries, loss: loss, optimizer: optimizer,
                         training: training, notes: notes)
    }
}
