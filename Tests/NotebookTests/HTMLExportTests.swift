import Foundation
import Language
import Notebook
import Plotting
import Testing

/// `export "day1.html"`: one self-contained page of the session.
@Suite struct HTMLExportTests {
    /// The sample session exported as HTML, read back.
    func exportedPage() throws -> String {
        let (interpreter, dir) = try scratchInterpreter()
        defer { try? FileManager.default.removeItem(at: dir) }
        type(sampleSession + "\nexport \"day1.html\"", into: interpreter)
        return try String(contentsOf: dir.appendingPathComponent("day1.html"), encoding: .utf8)
    }

    /// The inline SVG documents of a page.
    func svgs(in page: String) -> [String] {
        page.components(separatedBy: "<svg ").dropFirst().compactMap { part -> String? in
            guard let end = part.range(of: "</svg>") else { return nil }
            return "<svg " + part[..<end.upperBound]
        }
    }

    @Test func thePageRefersToNothingOutsideItself() throws {
        let page = try exportedPage()
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        for reference in ["http:", "https:", "<script", "<link", " src=", "@import", "url(http", "<img"] {
            #expect(!page.contains(reference), "the page contains \(reference)")
        }
        #expect(page.contains("<style>"))
    }

    @Test func everyPictureIsAnInlineSVGWithIDsOfItsOwn() throws {
        let page = try exportedPage()
        let pictures = svgs(in: page)
        // train's curve, the boundary, two weight heat maps: every picture of the session.
        #expect(pictures.count == 4)
        #expect(page.components(separatedBy: "<figure class=\"picture\"").count - 1 == pictures.count)
        var ids: [String] = []
        for svg in pictures {
            let doc = try #require(XMLCounter.parse(svg.replacingOccurrences(of: "<svg ", with: "<svg xmlns=\"urn:x\" ")), "a picture is not well-formed")
            ids += doc.ids
        }
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "ids repeat: \(ids)")
        #expect(ids.contains("p3-heatmap-scale") && ids.contains("p4-heatmap-scale"))
    }

    @Test func cellsShowNumbersTablesErrorsAndUndoneStatements() throws {
        let page = try exportedPage()
        #expect(page.contains("<span class=\"prompt\">[1]</span><pre><code>data spiral n=120</code></pre>"))
        #expect(page.contains("<table class=\"data\">") && page.contains("<th>split</th>"))
        #expect(page.contains("<pre class=\"error\">") && page.contains("did you mean `train`"))
        #expect(page.contains("class=\"cell code undone\"") && page.contains("undone by [8] undo"))
        #expect(page.contains("<h1>nnlab: day1</h1>") && page.contains("A first look at the spiral."))
        #expect(!page.contains("export &quot;day1.html&quot;"))
    }

    @Test func theSameSessionGivesTheSameBytes() throws {
        #expect(try exportedPage() == exportedPage())
    }
}
