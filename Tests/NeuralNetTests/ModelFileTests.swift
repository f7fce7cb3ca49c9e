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
        for layer in m.layers { layer.initialize(.xavier, generator: &rng) }
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

    /// A model file nnlab 0.1 wrote (`data circle`, `set seed 3`, `layer dense 5 tanh`,
    /// `layer dropout 0.1`, `layer dense 4 relu`, `train 20`, `save`), kept as a fixture.
    func versionOneFixture() throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/circle-v1.json")
        return try Data(contentsOf: url)
    }

    @Test func aVersionOneFileLoadsAndPredictsTheSame() throws {
        let data = try versionOneFixture()
        let file = try ModelFile.decode(data, path: "circle-v1.json")
        #expect(file.version == ModelFile.currentVersion && file.inputShape == [2])
        let model = try file.makeModel()
        #expect(model.layers.map(\.summary) == ["dense 5 tanh", "dropout 0.1", "dense 4 relu", "dense 1 sigmoid"])
        // The same network computed by hand from the file's own numbers.
        struct V1: Decodable { struct L: Decodable { var kind: String; var values: [String: [Float]]? }; var layers: [L] }
        let raw = try JSONDecoder().decode(V1.self, from: data).layers.compactMap(\.values)
        func dense(_ x: [Double], _ values: [String: [Float]], _ f: (Double) -> Double) -> [Double] {
            let w = values["weight"] ?? [], b = values["bias"] ?? []
            return (0..<b.count).map { u in f((0..<x.count).reduce(Double(b[u])) { $0 + Double(w[u * x.count + $1]) * x[$1] }) }
        }
        // What nnlab 0.1 printed for these inputs (`predict`), to its six digits.
        let printed: [([Float], Double)] = [([0.5, -1.2], 0.78165), ([3, 3], 0.427555), ([-4, 0.25], 0.347529)]
        for (input, shown) in printed {
            var h = dense(input.map(Double.init), raw[0], Foundation.tanh)
            h = dense(h, raw[1]) { Swift.max(0, $0) }
            let p = dense(h, raw[2]) { 1 / (1 + Foundation.exp(-$0)) }[0]
            let predicted = Double(try model.predict(Tensor(shape: [1, 2], data: input)).scalar)
            #expect(Swift.abs(predicted - p) < 1e-5)
            #expect(Swift.abs(predicted - shown) < 5e-6)
        }
    }

    @Test func aVersionTwoFileRoundTripsBitExactly() throws {
        let original = model()
        let file = ModelFile(model: original, loss: .bce, optimizer: nil, training: nil, notes: ["data": "circle"])
        let bytes = try file.encoded()
        let read = try ModelFile.decode(bytes, path: "m.json")
        #expect(read == file)
        #expect(try read.encoded() == bytes)
        let rebuilt = try read.makeModel()
        #expect(zip(rebuilt.parameters, original.parameters).allSatisfy { $0.data.map(\.bitPattern) == $1.data.map(\.bitPattern) })
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"version\" : 2"))
    }

    @Test func aNewerVersionIsRefusedWithWhatToDo() throws {
        var text = String(decoding: try ModelFile(model: model(), loss: nil, optimizer: nil, training: nil).encoded(), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"version\" : 2", with: "\"version\" : 3")
        do {
            _ = try ModelFile.decode(Data(text.utf8), path: "new.json")
            Issue.record("read a file from the future")
        } catch {
            #expect(error.description.contains("newer nnlab"))
        }
    }

    @Test func aDivergedModelIsNotWritten() throws {
        let m = model()
        m.parameters[0].data[0] = .nan
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: ModelFileError.self) {
            try ModelFile(model: m, loss: nil, optimizer: nil, training: nil).write(to: dir.appendingPathComponent("m.json"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
