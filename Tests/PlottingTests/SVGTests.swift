import Plotting
import Testing

@Suite struct SVGTests {
    @Test(arguments: Fixtures.all.map { $0.0 })
    func everyPictureIsAStandaloneSVG(name: String) throws {
        let picture = try #require(Fixtures.all.first { $0.0 == name }?.1)
        let svg = picture.renderSVG()
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let doc = try #require(parseSVG(svg), "\(name) does not parse")
        #expect(doc.rootAttributes["viewBox"]?.hasPrefix("0 0 ") == true)
        #expect(doc.rootAttributes["font-family"] != nil)
        #expect((doc.counts["svg"] ?? 0) == 1)
        #expect(!svg.contains("=\"nan") && !svg.contains("=\"inf") && !svg.contains("=\"-inf"))
        #expect(svg == picture.renderSVG())  // deterministic
    }

    @Test func linePlotHasAxesAPolylinePerSeriesAndALegend() throws {
        let doc = try #require(parseSVG(Fixtures.lossCurves.renderSVG()))
        #expect(doc.counts["polyline"] == 2)
        #expect(doc.texts.contains("train") && doc.texts.contains("valid") && doc.texts.contains("epoch"))
        #expect(doc.texts.contains("loss"))
        #expect((doc.counts["line"] ?? 0) >= 4)
    }

    @Test func scatterHasACirclePerPoint() throws {
        let doc = try #require(parseSVG(Fixtures.scatter.renderSVG()))
        #expect(doc.counts["circle"] == Fixtures.scatter.points.count + 2)  // + 2 legend dots
        #expect(doc.texts.contains("orange") && doc.texts.contains("blue"))
    }

    @Test func regionMapHasACellPerGridValueAndThePoints() throws {
        let doc = try #require(parseSVG(Fixtures.region.renderSVG()))
        #expect((doc.counts["rect"] ?? 0) == 1 + 64)
        #expect(doc.counts["circle"] == 4 + 2)
    }

    @Test func regionMapOfThreeClassesFillsEachClassColour() throws {
        let svg = Fixtures.regionThree.renderSVG()
        let doc = try #require(parseSVG(svg))
        #expect((doc.counts["rect"] ?? 0) == 1 + 64)
        for k in 0..<3 {
            #expect(svg.contains(Palette.regionColor(winner: k, confidence: 0.85).hex), "class \(k)")
        }
        #expect(doc.texts.contains("c"))
    }

    @Test func heatMapHasCellsLabelsCountsAndAScale() throws {
        let doc = try #require(parseSVG(Fixtures.confusion.renderSVG()))
        #expect((doc.counts["rect"] ?? 0) == 1 + 9 + 1)
        #expect(doc.counts["linearGradient"] == 1)
        for count in ["50", "41", "47", "6"] { #expect(doc.texts.contains(count)) }
        let attention = try #require(parseSVG(Fixtures.attention.renderSVG()))
        #expect(attention.texts.filter { $0 == "cat" }.count == 2)
    }

    @Test func otherKindsHoldTheirElements() throws {
        let multiples = try #require(parseSVG(Fixtures.multiples.renderSVG()))
        #expect((multiples.counts["rect"] ?? 0) >= 3 * 16)
        #expect(multiples.texts.contains("unit 2"))
        let histogram = try #require(parseSVG(Fixtures.histogram.renderSVG()))
        #expect((histogram.counts["rect"] ?? 0) >= 2)
        let bars = try #require(parseSVG(Fixtures.bars.renderSVG()))
        #expect(bars.counts["rect"] == 1 + 3)
        #expect(bars.texts.contains("lr 0.1"))
        let images = try #require(parseSVG(Fixtures.images.renderSVG()))
        #expect(images.counts["rect"] == 1 + 32)
        let table = try #require(parseSVG(Fixtures.table.renderSVG()))
        #expect(table.texts.contains("diverged") && table.texts.contains("lr"))
        let network = try #require(parseSVG(Fixtures.network.renderSVG()))
        #expect(network.counts["polygon"] == 2)
        #expect(network.texts.contains("total: 17 parameters"))
        let progress = try #require(parseSVG(Fixtures.progress.renderSVG()))
        #expect(progress.counts["rect"] == 3)
    }

    @Test func textIsEscaped() throws {
        let table = Table(headers: ["a<b", "\"q\" & 'r'"], rows: [["x > y", "\u{1}bell"]])
        let doc = try #require(parseSVG(table.renderSVG()))
        #expect(doc.texts.contains("a<b") && doc.texts.contains("\"q\" & 'r'") && doc.texts.contains("bell"))
    }

    @Test func numbersAreCompactAndFinite() {
        #expect(SVGWriter.num(12.5) == "12.5")
        #expect(SVGWriter.num(3) == "3")
        #expect(SVGWriter.num(-0.254) == "-0.25")
        #expect(SVGWriter.num(-0.001) == "0")
        #expect(SVGWriter.num(.nan) == "0")
    }
}
