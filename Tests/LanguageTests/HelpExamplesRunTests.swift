import Foundation
import Testing
@testable import Language

/// Every example in `help` must run, in a fresh session, without an error: a learner copies
/// them.
@Suite struct HelpExamplesRunTests {
    /// The project's root, where examples find `examples/spiral.nn`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A scratch folder per example (files an example saves land there), with the project's
    /// `examples/` linked in.
    static func scratchFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("examples"),
                                                   withDestinationURL: root.appendingPathComponent("examples"))
        return dir
    }

    @Test(arguments: CatalogueExamplesTests.allExamples)
    func exampleRuns(_ verb: String, _ example: String) throws {
        let dir = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let interpreter = Interpreter(seed: 1, workingDirectory: dir)
        var errors: [String] = []
        interpreter.runScript(example, name: "help \(verb)", keepGoing: true) { output in
            if case .error(let d, let source) = output { errors.append(d.render(source: source)) }
        }
        #expect(errors.isEmpty, "help \(verb) example fails:\n\(example)\n\(errors.joined(separator: "\n"))")
    }
}

/// `save plot` writes the last picture as an SVG file.
@Suite struct SavePlotTests {
    @Test func savesTheLastPictureAsSVG() throws {
        let dir = try HelpExamplesRunTests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let interpreter = Interpreter(seed: 1, workingDirectory: dir)
        var errors = 0
        interpreter.runScript("save plot \"none.svg\"\nplot sigmoid\nsave plot \"sigmoid.svg\"", name: "t", keepGoing: true) {
            if $0.isError { errors += 1 }
        }
        #expect(errors == 1)  // nothing to save before the first picture
        let svg = try String(contentsOf: dir.appendingPathComponent("sigmoid.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("viewBox") && svg.contains("sigmoid"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.svg").path))
    }
}
