@testable import Plotting
import Testing

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("🇫🇷") == 2)
        #expect(DisplayWidth.of("⣿░█─") == 4)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("ｈｉ") == 4)
    }

    @Test func truncateAndPad() {
        #expect(DisplayWidth.truncate("日本語", to: 5) == "日本…")
        #expect(DisplayWidth.truncate("hello", to: 3, asciiOnly: true) == "he~")
        #expect(DisplayWidth.truncate("hi", to: 5) == "hi")
        #expect(DisplayWidth.truncate("hi", to: 0) == "")
        #expect(DisplayWidth.padLeft("日", to: 4) == "  日")
        #expect(DisplayWidth.padRight("a", to: 3) == "a  ")
        #expect(DisplayWidth.center("ab", in: 5) == " ab  ")
    }
}

@Suite struct NumberFormatTests {
    @Test func compact() {
        #expect(NumberFormat.compact(0) == "0")
        #expect(NumberFormat.compact(0.1234) == "0.123")
        #expect(NumberFormat.compact(12.345) == "12.3")
        #expect(NumberFormat.compact(1234) == "1234")
        #expect(NumberFormat.compact(-0.5) == "-0.5")
        #expect(NumberFormat.compact(0.30000000000000004) == "0.3")
        #expect(NumberFormat.compact(9.9999) == "10")
        #expect(NumberFormat.compact(0.0001) == "1e-4")
        #expect(NumberFormat.compact(0.00012345) == "1.23e-4")
        #expect(NumberFormat.compact(123456) == "1.23e5")
        #expect(NumberFormat.compact(-2.5e-7) == "-2.5e-7")
        #expect(NumberFormat.compact(.nan) == "nan")
        #expect(NumberFormat.compact(-.infinity) == "-inf")
        #expect(NumberFormat.compact(1e300) == "1e300")
    }

    @Test func durations() {
        #expect(NumberFormat.duration(12.4) == "12s")
        #expect(NumberFormat.duration(65) == "1:05")
        #expect(NumberFormat.duration(3723) == "1:02:03")
        #expect(NumberFormat.duration(-1) == "?")
    }

    @Test func niceTicks() {
        let s = AxisScale.linear(lo: 0.05, hi: 1.2, targetTicks: 4)
        #expect(s.ticks == [0, 0.5, 1, 1.5])
        #expect(s.labels == ["0", "0.5", "1", "1.5"])
        let e = AxisScale.exact(lo: -3, hi: 3, targetTicks: 3)
        #expect(e.lo == -3 && e.hi == 3 && e.labels == ["-2", "0", "2"])
        let l = AxisScale.log(lo: 0.003, hi: 0.5, targetTicks: 5)
        #expect(l.labels == ["0.001", "0.01", "0.1", "1"])
    }
}

@Suite struct CanvasTests {
    @Test func brailleDots() {
        var canvas = BrailleCanvas(columns: 2, rows: 1)
        canvas.set(x: 0, y: 0, layer: 0)
        canvas.set(x: 3, y: 3, layer: 1)
        canvas.set(x: 99, y: -1, layer: 1)
        var grid = CellGrid(width: 2, height: 1)
        canvas.draw(into: &grid, x0: 0, y0: 0, markers: nil, color: { _ in nil })
        #expect(grid.render(.none) == "⠁⢀")
        var marked = CellGrid(width: 2, height: 1)
        canvas.draw(into: &marked, x0: 0, y0: 0, markers: { Palette.seriesMarker($0) }, color: { _ in nil })
        #expect(marked.render(.none) == "*+")
    }

    @Test func brailleLine() {
        var canvas = BrailleCanvas(columns: 1, rows: 1)
        canvas.line(x0: 0, y0: 0, x1: 1, y1: 3, layer: 0)
        #expect(canvas.layer(column: 0, row: 0) == 0)
        var grid = CellGrid(width: 1, height: 1)
        canvas.draw(into: &grid, x0: 0, y0: 0, markers: nil, color: { _ in nil })
        #expect(grid.render(.none) == "⢣")  // dots (0,0) (0,1) (1,2) (1,3)
    }

    @Test func cellGridWideCharactersAndColourRuns() {
        var grid = CellGrid(width: 5, height: 2)
        grid.write("日本x", x: 0, y: 0)
        grid.write("ab", x: 4, y: 1)
        #expect(grid.render(.none) == "日本x\n    a")
        var colored = CellGrid(width: 3, height: 1)
        let red = Color(255, 0, 0)
        colored.write("ab", x: 0, y: 0, fg: red)
        colored.put("c", x: 2, y: 0)
        #expect(colored.render(.trueColor) == "\u{1B}[38;2;255;0;0mab\u{1B}[0mc")
        var wideAtEdge = CellGrid(width: 2, height: 1)
        wideAtEdge.put("日", x: 1, y: 0)
        #expect(wideAtEdge.render(.none) == "")
    }

    @Test func renderIsDeterministic() {
        for (_, picture) in Fixtures.all {
            let o = RenderOptions(width: 50, colorMode: .trueColor)
            #expect(picture.renderText(o) == picture.renderText(o))
        }
    }
}
