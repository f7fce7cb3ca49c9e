import Foundation
import Testing
@testable import Language

/// `save plot` writes the last picture, even one hidden with `;`, and only as .svg; a missing
/// folder is named.
@Suite struct InterpreterSaveTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func error(_ interpreter: Interpreter, _ line: String) -> String? {
        var message: String?
        let ok = interpreter.run(line) { if case .error(let d, _) = $0 { message = d.message } }
        return ok ? nil : message
    }

    @Test func aHiddenPictureIsTheOneSaved() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let interpreter = Interpreter(seed: 1, workingDirectory: dir)
        for line in ["data circle n=60", "layer dense 4 tanh", "train 3", "show boundary;", "save plot \"b.svg\""] {
            #expect(interpreter.run(line) { _ in }, "\(line)")
        }
        let svg = try String(contentsOf: dir.appendingPathComponent("b.svg"), encoding: .utf8)
        #expect(svg.contains("decision regions"))
    }

    @Test func wrongExtensionsAndMissingFoldersAreRefused() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let interpreter = Interpreter(seed: 1, workingDirectory: dir)
        for line in ["data circle n=60", "layer dense 4 tanh", "show model"] { #expect(interpreter.run(line) { _ in }) }
        #expect(Self.error(interpreter, "save plot \"b.png\"")?.contains("should end in .svg") == true)
        #expect(Self.error(interpreter, "save \"nowhere/m.json\"")?.contains("there is no folder") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// New data after a load (or after training) says the network starts afresh; undo brings
    /// the loaded one back.
    @Test func newDataAfterALoadSaysTheNetworkStartsAfresh() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let interpreter = Interpreter(seed: 1, workingDirectory: dir)
        for line in ["data circle n=60", "layer dense 4 tanh", "train 2", "save \"m.json\"", "load \"m.json\""] {
            #expect(interpreter.run(line) { _ in }, "\(line)")
        }
        let loaded = interpreter.session.model?.snapshot()
        var said = ""
        #expect(interpreter.run("data circle n=80") { if let t = $0.plainText() { said += t } })
        #expect(said.contains("the network loaded from m.json starts afresh"))
        #expect(interpreter.run("undo") { _ in })
        #expect(interpreter.session.model?.snapshot() == loaded)
    }
}
