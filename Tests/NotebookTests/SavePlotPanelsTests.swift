import Foundation
import Language
import Plotting
import Testing

/// `save plot` keeps every panel of the last statement's picture, titles whole.
@Suite struct SavePlotPanelsTests {
    /// Runs `script` then `save plot "p.svg"`; the SVG's texts.
    func savedTexts(_ script: String) throws -> (texts: [String], svg: String) {
        let (interpreter, dir) = try scratchInterpreter()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outputs = type(script + "\nsave plot \"p.svg\"", into: interpreter)
        let failed = outputs.contains { $0.isError }
        #expect(!failed, "\(outputs.compactMap { $0.plainText() })")
        let svg = try String(contentsOf: dir.appendingPathComponent("p.svg"), encoding: .utf8)
        let doc = try #require(XMLCounter.parse(svg), "not well-formed")
        #expect(Set(doc.ids).count == doc.ids.count, "ids repeat: \(doc.ids)")
        return (doc.texts, svg)
    }

    @Test func showCurveKeepsLossAndAccuracy() throws {
        let (texts, _) = try savedTexts("data circle n=100\nlayer dense 4 tanh\ntrain 6\nshow curve")
        #expect(texts.contains("loss (bce) by epoch") && texts.contains("accuracy by epoch"))
        #expect(texts.contains("train loss") && texts.contains("valid acc"))
    }

    @Test func showWeightsKeepsEveryLayer() throws {
        let (texts, svg) = try savedTexts("data circle n=100\nlayer dense 5 tanh\nlayer dense 3 tanh\nshow weights")
        let joined = texts.joined(separator: " ")
        for layer in 1...3 { #expect(joined.contains("layer \(layer) W"), "layer \(layer) is missing") }
        #expect(svg.components(separatedBy: "<linearGradient").count - 1 == 3)   // one scale per panel, ids scoped
    }

    @Test func compareKeepsTheCurvesAndTheTable() throws {
        let (texts, _) = try savedTexts("data circle n=100\nlayer dense 4 tanh\ncompare lr 0.01 0.3 epochs=4")
        #expect(texts.contains("lr 0.01") && texts.contains("lr 0.3"))          // the curves' legend
        #expect(texts.contains("after 4 epochs") && texts.contains("valid loss")) // the table
        #expect(texts.contains("0.3"))
    }

    @Test func aSinglePictureIsSavedAsItIs() throws {
        let (interpreter, dir) = try scratchInterpreter()
        defer { try? FileManager.default.removeItem(at: dir) }
        type("plot sigmoid\nsave plot \"p.svg\"", into: interpreter)
        let svg = try String(contentsOf: dir.appendingPathComponent("p.svg"), encoding: .utf8)
        #expect(svg.components(separatedBy: "<svg").count == 2)   // one document, not a stack of one
    }
}
