import Foundation
import Testing
import Autodiff
@testable import NeuralNet

/// Model files: round trip, atomic writes, and clear errors for damaged files.
@Suite struct ModelFileTests {
    func model() -> Sequential {
        let m = Sequential(inputWidth: 2, layers: [
            Dense(inputs: 2, units: 3, activation: .tanh), Dropout(rate: 0.2),
            Dense(inputs: 3, units: 1, activation: .sigmoid),
        ])
        var rng = SplitMix64(seed: 7)
        for (_, d) in m.denseLayers { Initializer.xavier.fill(d, generator: &rng) }
        return m
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-modelfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func roundTripKeepsArchitectureWeightsAndSettings() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = model()
        var training = TrainingSettings()
        training.batchSize = 25
        let file = ModelFile(model: original, loss: .bce, optimizer: OptimizerSettings(kind: .adam, learningRate: 0.01),
                             training: training, notes: ["data": "spiral"])
        let url = dir.appendingPathComponent("m.json")
        try file.write(to: url)
        let read = try ModelFile.read(from: url)
        #expect(read == file)
        let rebuilt = try read.makeModel()
        #expect(rebuilt.layers.map(\.summary) == original.layers.map(\.summary))
        #expect(rebuilt.parameters.map(\.data) == original.parameters.map(\.data))
        #expect(read.training?.batchSize == 25 && read.optimizer?.kind == .adam)
        // Atomic write: only the target remains, no temporary file beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["m.json"])
    }

    @Test func equalModelsGiveEqualBytes() throws {
        let a = try ModelFile(model: model(), loss: .mse, optimizer: nil, training: nil).encoded()
        let b = try ModelFile(model: model(), loss: .mse, optimizer: nil, training: nil).encoded()
        #expect(a == b)
    }

    @Test(arguments: [
        ("", "not a model file"),
        ("{\"format\": \"nnlab-model\", \"version\": 1, \"inputWidth\": 2, \"lay", "not a model file"),
        ("[1, 2, 3]", "not a model file"),
        ("{\"format\": \"keras\", \"version\": 1}", "not an nnlab model file"),
        ("{\"format\": \"nnlab-model\", \"version\": 99}", "version 99"),
        ("{\"format\": \"nnlab-model\", \"version\": 1, \"inputWidth\": 2, \"notes\": {}, \"layers\": [{\"kind\": \"dense\", \"units\": 3, \"inputs\": 2, \"activation\": \"tanh\", \"values\": {\"weight\": [1, 2], \"bias\": [0, 0, 0]}}]}", "mis-sized"),
        ("{\"format\": \"nnlab-model\", \"version\": 1, \"inputWidth\": 2, \"notes\": {}, \"layers\": [{\"kind\": \"conv\"}]}", "unknown kind `conv`"),
        ("{\"format\": \"nnlab-model\", \"version\": 1, \"inputWidth\": 2, \"notes\": {}, \"layers\": [{\"kind\": \"dropout\", \"rate\": 3}]}", "dropout rate"),
        ("{\"format\": \"nnlab-model\", \"version\": 1, \"inputWidth\": \"two\", \"notes\": {}, \"layers\": []}", "`inputWidth` has the wrong kind of value"),
        ("{\"format\": \"nnlab-model\", \"version\": 1, \"inputWidth\": 2, \"notes\": {}, \"layers\": [{\"kind\": \"dense\", \"units\": 1, \"inputs\": 2, \"activation\": \"tanh\", \"values\": {\"weight\": [1, \"x\"], \"bias\": [0]}}]}", "`layers.#1.values.weight.#2` has the wrong kind"),
        ("{\"format\": \"nnlab-model\", \"version\": 1, \"inputWidth\": 2, \"notes\": {}, \"layers\": [{\"kind\": \"dense\", \"units\": 1, \"inputs\": 2, \"activation\": \"swish\", \"values\": {\"weight\": [1, 2], \"bias\": [0]}}]}", "activation `swish`, which nnlab does not have"),
    ])
    func damagedFilesGiveClearErrors(text: String, expected: String) {
        do {
            _ = try ModelFile.decode(Data(text.utf8), path: "bad.json")
            Issue.record("decoded a damaged file")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(error.description.contains("bad.json"))
        }
    }

    @Test func truncatedRealFileIsRefused() throws {
        let data = try ModelFile(model: model(), loss: .bce, optimizer: nil, training: nil).encoded()
        #expect(throws: ModelFileError.self) { try ModelFile.decode(data.prefix(data.count / 2), path: "half.json") }
    }

    @Test func missingFileAFolderAndUnwritablePlace() throws {
        #expect(throws: ModelFileError.self) { try ModelFile.read(from: URL(fileURLWithPath: "/nonexistent/m.json")) }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try ModelFile.read(from: dir)
            Issue.record("read a folder")
        } catch {
            #expect(error.description.contains("is a folder"))
        }
        let file = ModelFile(model: model(), loss: nil, optimizer: nil, training: nil)
        #expect(throws: ModelFileError.self) { try file.write(to: URL(fileURLWithPath: "/nonexistent-dir/m.json")) }
    }
}
