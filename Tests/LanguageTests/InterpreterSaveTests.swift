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
}
