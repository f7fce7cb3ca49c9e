import Foundation
@testable import Plotting
import Testing

/// Several panels as one picture, pictures inside other documents, and titles that wrap.
@Suite struct PanelTests {
    @Test func aStackHoldsEveryPanelWithItsOwnIDs() throws {
        let panels: [any Picture] = [Fixtures.weights, Fixtures.confusion, Fixtures.lossCurves, Fixtures.table]
        let stack = PictureStack(panels)
        let svg = stack.renderSVG()
        let doc = try #require(parseSVG(svg), "the stack is not well-formed XML")
        #expect(doc.counts["svg"] == 5)   // the stack and its four panels
        #expect(doc.counts["linearGradient"] == 2)
        for text in ["train", "valid", "diverged"] { #expect(doc.texts.contains(text)) }
        #expect(svg.contains("id=\"panel1-heatmap-scale\"") && svg.contains("url(#panel1-heatmap-scale)"))
        #expect(svg.contains("id=\"panel2-heatmap-scale\"") && svg.contains("url(#panel2-heatmap-scale)"))
        #expect(!svg.contains("\"heatmap-scale\"") && !svg.contains("url(#heatmap-scale)"))
        #expect(svg.components(separatedBy: "<?xml").count == 2)   // one declaration, the stack's
        let sizes = panels.compactMap { SVGEmbedding.size(of: $0.renderSVG()) }
        let size = try #require(SVGEmbedding.size(of: svg))
        #expect(size.height >= sizes.reduce(0) { $0 + $1.height })
        #expect(size.width == sizes.map { $0.width }.max())
        #expect(svg == stack.renderSVG())
        #expect(stack.renderText(RenderOptions(width: 60)) == panels
            .map { $0.renderText(RenderOptions(width: 60)) }.joined(separator: "\n"))
    }

    @Test func embeddingScopesIDsAndDropsTheDeclaration() {
        let svg = Fixtures.confusion.renderSVG()
        let inline = SVGEmbedding.inlineHTML(svg, prefix: "p7-")
        #expect(inline.hasPrefix("<svg "))
        #expect(!inline.contains("http://") && !inline.contains("<?xml"))
        #expect(inline.contains("id=\"p7-heatmap-scale\"") && inline.contains("url(#p7-heatmap-scale)"))
        // Text that looks like a reference is left alone: only tags are rewritten.
        let table = Table(title: "id=\"x\" url(#y)", headers: ["a"], rows: [["url(#z)"]])
        let scoped = SVGEmbedding.scoped(table.renderSVG(), prefix: "q-")
        #expect(scoped.contains("url(#z)") && !scoped.contains("q-z"))
    }

    @Test func longTitlesWrapInTextAndSVG() throws {
        let title = "layer 1 ∂loss/∂W (rows: 16 units; columns: 16 inputs + bias) · norm 0.3141 after 200 epochs of training"
        let map = HeatMap(title: title, values: [[1, -1], [0.5, 0]])
        let text = map.renderText(RenderOptions(width: 40))
        let words = title.split(separator: " ")
        let shown = text.split(separator: "\n").prefix(4).joined(separator: " ")
        for word in words { #expect(shown.contains(word), "\(word) is missing from the text") }
        #expect(!text.contains("…"))
        let doc = try #require(parseSVG(map.renderSVG()))
        let titleLines = Array(doc.texts.prefix(SVGParts.titleLines(title, width: 260).count))
        #expect(titleLines.count >= 2)
        #expect(titleLines.joined(separator: " ") == title)
        for line in titleLines { #expect(Double(DisplayWidth.of(line)) * SVGParts.titleCharacterWidth <= 260 - 32) }
    }

    @Test func wrappingBreaksAtSpacesAndInsideLongWords() {
        #expect(TextWrap.lines("a bb ccc dddd", width: 6) == ["a bb", "ccc", "dddd"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("", width: 5) == [])
        #expect(TextWrap.lines("one\ntwo", width: 10) == ["one", "two"])
    }
}
