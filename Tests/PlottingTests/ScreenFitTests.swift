@testable import Plotting
import Testing

/// Views of the plane keep its proportions and grow with the terminal's width and height;
/// other pictures keep their sizes.
@Suite struct ScreenFitTests {
    /// A square plane (−1…1 on both axes) with a map that fills it.
    static func squareMap(height: Int? = nil) -> RegionMap {
        var map = Fixtures.region
        map.height = height
        return map
    }

    /// The lines of the plot area (those with the y axis) of a rendered map.
    static func plotLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.contains("┤") || $0.contains("│") }
    }

    @Test func fitKeepsTheAspectWithinTheSpace() {
        // A cell is twice as tall as wide: a square plane needs twice as many columns as rows.
        let square = PlaneFit.size(aspect: 1, maxColumns: 200, maxRows: 30)
        #expect(square.columns == 60 && square.rows == 30)
        let narrow = PlaneFit.size(aspect: 1, maxColumns: 40, maxRows: 30)
        #expect(narrow.columns == 40 && narrow.rows == 20)
        let wide = PlaneFit.size(aspect: 2, maxColumns: 200, maxRows: 10)
        #expect(wide.columns == 40 && wide.rows == 10)
        let extreme = PlaneFit.size(aspect: 1000, maxColumns: 200, maxRows: 10)
        #expect(extreme.columns == 80 && extreme.rows == 10)   // at most 4:1
    }

    @Test func aSquarePlaneIsDrawnSquareAtAnyWidth() {
        for (width, height) in [(80, nil), (80, 22), (120, 30), (160, 48), (200, 60)] as [(Int, Int?)] {
            let text = Self.squareMap().renderText(RenderOptions(width: width, height: height))
            let lines = Self.plotLines(text)
            let columns = lines.map { DisplayWidth.of($0) }.max() ?? 0
            let rows = lines.count
            let plotColumns = columns - 4   // the y labels ("-1 ", " 1 ") and the axis
            #expect(abs(Double(plotColumns) - 2 * Double(rows)) <= 2, "\(width)×\(height ?? 0): \(plotColumns) columns, \(rows) rows")
            if let height {
                #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count <= height, "\(width)×\(height) is taller than the screen")
            }
        }
    }

    @Test func theMapGrowsWithTheTerminal() {
        func plotRows(_ width: Int, _ height: Int?) -> Int {
            Self.plotLines(Self.squareMap().renderText(RenderOptions(width: width, height: height))).count
        }
        #expect(plotRows(80, 22) < plotRows(160, 48))
        #expect(plotRows(160, 48) < plotRows(200, 60))
        #expect(plotRows(80, nil) == RenderOptions.defaultPlaneRows)
        // Height alone limits a very wide terminal; width alone a very tall one.
        #expect(plotRows(400, 20) == plotRows(160, 20))
        #expect(plotRows(60, 100) == plotRows(60, 200))
    }

    @Test func aFixedHeightStillFillsTheWidth() {
        let text = Self.squareMap(height: 6).renderText(RenderOptions(width: 60, height: 50))
        #expect(Self.plotLines(text).count == 6)
        #expect((Self.plotLines(text).map { DisplayWidth.of($0) }.max() ?? 0) >= 58)   // trailing blanks are trimmed
    }

    @Test func scatterKeepsTheAspectUnlessAsked() {
        let points = (0..<40).map { LabeledPoint(x: Double($0 % 8) - 4, y: Double($0 / 8) - 2, label: $0 % 2) }
        let square = ScatterPlot(points: points + [LabeledPoint(x: 0, y: 4, label: 0), LabeledPoint(x: 0, y: -4, label: 1)])
        let text = square.renderText(RenderOptions(width: 120, height: 30))
        let lines = Self.plotLines(text)
        let columns = (lines.map { DisplayWidth.of($0) }.max() ?? 0) - 3
        // x spans 7 (−4…3), y spans 8 (−4…4): 2 · 7/8 columns a row.
        #expect(abs(Double(columns) - 2 * 7 / 8 * Double(lines.count)) <= 3, "\(columns) columns, \(lines.count) rows")
        var filling = square
        filling.equalAspect = false
        #expect((Self.plotLines(filling.renderText(RenderOptions(width: 120, height: 30))).map { DisplayWidth.of($0) }.max() ?? 0) >= 118)
    }

    @Test func unitPanelsGrowWithTheHeightAndStayInside() {
        let small = Fixtures.multiples.renderText(RenderOptions(width: 80))
        let large = Fixtures.multiples.renderText(RenderOptions(width: 160, height: 48))
        #expect(widestLine(large) > widestLine(small))
        #expect(large.split(separator: "\n").count <= 48)
        #expect(widestLine(large) <= 160)
        // Without a known height they keep their size whatever the width.
        #expect(Fixtures.multiples.renderText(RenderOptions(width: 160)) == Fixtures.multiples.renderText(RenderOptions(width: 160)))
        #expect(widestLine(Fixtures.multiples.renderText(RenderOptions(width: 160))) == widestLine(small))
    }

    @Test func curvesKeepTheirSize() {
        #expect(Fixtures.lossCurves.renderText(RenderOptions(width: 60, height: 60))
                == Fixtures.lossCurves.renderText(RenderOptions(width: 60)))
    }
}
