@testable import Plotting
import Testing

/// Two series drawn on the same cells both stay visible.
@Suite struct OverlapTests {
    @Test func cellsDrawnByTwoLayersTakeTurns() {
        var canvas = BrailleCanvas(columns: 10, rows: 1)
        canvas.line(x0: 0, y0: 1, x1: 19, y1: 1, layer: 0)
        canvas.line(x0: 0, y0: 2, x1: 19, y1: 2, layer: 1)
        let shown = (0..<10).compactMap { canvas.layer(column: $0, row: 0) }
        #expect(shown == [0, 1, 0, 1, 0, 1, 0, 1, 0, 1])
        var single = BrailleCanvas(columns: 3, rows: 1)
        single.set(x: 0, y: 0, layer: 4)
        #expect(single.layer(column: 0, row: 0) == 4 && single.layer(column: 1, row: 0) == nil)
    }

    @Test func identicalCurvesShowBothMarkers() {
        let ys = (0..<30).map { 1 / (1 + Double($0)) }
        let plot = LinePlot(series: [LineSeries(name: "train", ys: ys), LineSeries(name: "valid", ys: ys)], height: 8)
        let text = plot.renderText(RenderOptions(width: 60))
        let drawn = text.split(separator: "\n").dropLast().joined()   // without the legend
        #expect(drawn.contains("*") && drawn.contains("+"))
        let colored = plot.renderText(RenderOptions(width: 60, colorMode: .ansi256))
            .split(separator: "\n").dropLast().joined()
        #expect(colored.contains(ANSI.foreground(Palette.seriesColor(0), mode: .ansi256)))
        #expect(colored.contains(ANSI.foreground(Palette.seriesColor(1), mode: .ansi256)))
    }
}
