import Foundation
import Plotting
import Testing
@testable import Language

/// `show boundary` draws any number of classes on 2-D data, and says why it cannot otherwise.
@Suite struct InterpreterBoundaryTests {
    /// A CSV of three well-separated clusters in the plane (labels 0, 1, 2) in a fresh folder.
    static func threeClusters() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("nnlab-boundary-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = "x1,x2,label\n"
        let centres: [(Double, Double)] = [(0, 2), (2, -1), (-2, -1)]
        for (k, centre) in centres.enumerated() {
            for i in 0..<30 {
                let angle = Double(i) * 0.7, radius = 0.2 + Double(i % 5) * 0.1
                text += "\(centre.0 + radius * cos(angle)),\(centre.1 + radius * sin(angle)),\(k)\n"
            }
        }
        try text.write(to: folder.appendingPathComponent("three.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func threeClassesGetThreeRegions() throws {
        let folder = try Self.threeClusters()
        defer { try? FileManager.default.removeItem(at: folder) }
        let interpreter = Interpreter(seed: 2, workingDirectory: folder)
        for line in ["data load \"three.csv\"", "layer dense 8 tanh", "optimizer adam lr=0.03", "train 40"] {
            #expect(interpreter.run(line) { _ in }, "\(line)")
        }
        var map: RegionMap?
        #expect(interpreter.run("show boundary") { output in
            if case .picture(let picture) = output { map = picture as? RegionMap }
        })
        let regions = try #require(map)
        #expect(regions.classCount == 3)
        // A trained network claims each cluster's centre for its class.
        let winners = Set(regions.cells.joined().map(\.winner))
        #expect(winners == [0, 1, 2])
        #expect(regions.renderText(RenderOptions(width: 60, colorMode: .none)).contains("where the likeliest class changes"))
    }

    @Test func dataWithoutTwoFeaturesOrClassesIsRefusedWithTheReason() {
        let interpreter = Interpreter(seed: 2, workingDirectory: FileManager.default.temporaryDirectory)
        for line in ["data sine", "layer dense 4 tanh"] { #expect(interpreter.run(line) { _ in }) }
        var message = ""
        #expect(!interpreter.run("show boundary") { output in
            if case .error(let diagnostic, _) = output { message = diagnostic.message }
        })
        #expect(message.hasSuffix("sine has 1 feature"))
    }
}
