import Plotting
import Testing

/// Every picture of awkward input renders at every width and colour mode, fits the width, and
/// its SVG still parses.
func renderEverywhere(_ picture: any Picture, userTextIsASCII: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    for mode in ColorMode.allCases {
        for width in [1, 10, 20, 80] {
            for ascii in [false, true] {
                let text = picture.renderText(RenderOptions(width: width, colorMode: mode, asciiOnly: ascii))
                #expect(widestLine(text) <= max(10, width), "width \(width) \(mode)", sourceLocation: sourceLocation)
                if ascii && !mode.hasColor && userTextIsASCII {
                    #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, sourceLocation: sourceLocation)
                }
            }
        }
    }
    #expect(parseSVG(picture.renderSVG()) != nil, "SVG does not parse", sourceLocation: sourceLocation)
    return picture.renderText(RenderOptions(width: 80))
}

@Suite struct DegenerateInputTests {
    @Test func linePlotWithNonFiniteValuesSaysWhatItSkipped() {
        let plot = LinePlot(series: [LineSeries(name: "loss", ys: [1, .nan, 0.5, .infinity, 0.25])])
        let text = renderEverywhere(plot)
        #expect(text.contains("note: 2 points not drawn: not finite"))
        #expect(plot.renderSVG().contains("2 points not drawn: not finite"))
    }

    @Test func linePlotOfOnePointAndOfEqualValues() {
        let one = renderEverywhere(LinePlot(series: [LineSeries(name: "a", ys: [3])]))
        #expect(one.contains("⠀") == false && one.contains("3"))
        let flat = renderEverywhere(LinePlot(series: [LineSeries(name: "a", ys: [2, 2, 2, 2])]))
        #expect(flat.contains("2"))
        #expect(!flat.contains("note"))
    }

    @Test func linePlotWithEmptySeries() {
        let allEmpty = renderEverywhere(LinePlot(series: [LineSeries(name: "valid", ys: [Double]())]))
        #expect(allEmpty.contains("(nothing to draw)"))
        #expect(allEmpty.contains("note: series \"valid\" is empty"))
        let none = renderEverywhere(LinePlot(series: []))
        #expect(none.contains("(nothing to draw)"))
        let oneEmpty = renderEverywhere(LinePlot(series: [LineSeries(name: "t", ys: [1, 2]), LineSeries(name: "v", ys: [Double]())]))
        #expect(oneEmpty.contains("note: series \"v\" is empty"))
        let allNaN = renderEverywhere(LinePlot(series: [LineSeries(name: "t", ys: [.nan, .nan])]))
        #expect(allNaN.contains("(nothing to draw)") && allNaN.contains("2 points not drawn: not finite"))
    }

    @Test func logScaleSkipsNonPositiveValues() {
        let text = renderEverywhere(LinePlot(series: [LineSeries(name: "l", ys: [1, 0.1, 0, -1, 0.01])], logY: true))
        #expect(text.contains("2 points not drawn: not positive on a log scale"))
        #expect(text.contains("0.01"))
    }

    @Test func scatterDegenerate() {
        let single = renderEverywhere(ScatterPlot(points: [LabeledPoint(x: 1, y: 1, label: 0)]))
        #expect(single.contains("o"))
        let empty = renderEverywhere(ScatterPlot(points: []))
        #expect(empty.contains("(nothing to draw)") && empty.contains("no points"))
        let bad = renderEverywhere(ScatterPlot(points: [LabeledPoint(x: .nan, y: 1, label: 0), LabeledPoint(x: 0, y: 0, label: -3)]))
        #expect(bad.contains("1 point not drawn: not finite"))
    }

    @Test func regionMapDegenerate() {
        let e = PlaneExtent(xMin: -1, xMax: 1, yMin: -1, yMax: 1)
        let empty = renderEverywhere(RegionMap(probabilities: [], extent: e))
        #expect(empty.contains("no grid values to draw"))
        let odd = renderEverywhere(RegionMap(
            probabilities: [[0.2, .nan], [0.9]], extent: PlaneExtent(xMin: 1, xMax: 1, yMin: 2, yMax: -2),
            points: [LabeledPoint(x: 50, y: 0, label: 1), LabeledPoint(x: .infinity, y: 0, label: 0)]))
        #expect(odd.contains("1 grid value not drawn: not finite"))
        #expect(odd.contains("1 point not drawn: outside the plane"))
        #expect(odd.contains("1 point not drawn: not finite"))
        #expect(odd.contains("grid rows have different lengths"))
    }

    @Test func heatMapDegenerate() {
        #expect(renderEverywhere(HeatMap(values: [[Double]]())).contains("empty matrix"))
        #expect(renderEverywhere(HeatMap(values: [[Double]()])).contains("empty matrix"))
        _ = renderEverywhere(HeatMap(values: [[5.0]]))
        _ = renderEverywhere(HeatMap(values: [[0.0, 0], [0, 0]]))
        let bad = renderEverywhere(HeatMap(values: [[1, .nan], [.infinity, 2, 3]], rowLabels: ["a"], columnLabels: ["x", "y", "z", "extra"]))
        #expect(bad.contains("2 values not drawn: not finite"))
        #expect(bad.contains("rows have different lengths"))
        let wide = renderEverywhere(HeatMap(values: [(0..<200).map { Double($0) }]))
        #expect(wide.contains("showing 80 of 200 columns"))
        let tall = renderEverywhere(HeatMap(values: (0..<100).map { [Double($0)] }))
        #expect(tall.contains("showing 40 of 100 rows"))
        let bigCounts = renderEverywhere(HeatMap(values: [(0..<30).map { _ in 123456.0 }], showCounts: true))
        #expect(bigCounts.contains("counts hidden: too narrow"))
    }

    @Test func smallMultiplesDegenerate() {
        #expect(renderEverywhere(SmallMultiples(panels: [])).contains("no panels"))
        let text = renderEverywhere(SmallMultiples(panels: [
            SmallMultiples.Panel(title: "empty", values: []),
            SmallMultiples.Panel(title: "nan", values: [[.nan, 1]]),
        ], thumbnailWidth: 0))
        #expect(text.contains("1 panel not drawn: empty") && text.contains("1 value not drawn: not finite"))
    }

    @Test func histogramDegenerate() {
        #expect(renderEverywhere(Histogram(values: [Double]())).contains("no values"))
        let same = renderEverywhere(Histogram(values: [3, 3, 3]))
        #expect(same.contains("n = 3"))
        let bad = renderEverywhere(Histogram(values: [1, .nan, -.infinity, 2], bins: 0))
        #expect(bad.contains("2 values not drawn: not finite"))
        _ = renderEverywhere(Histogram(values: [1e300, -1e300]))
    }

    @Test func barChartDegenerate() {
        #expect(renderEverywhere(BarChart(bars: [])).contains("no bars"))
        _ = renderEverywhere(BarChart(bars: [BarChart.Bar(label: "zero", value: 0)]))
        let bad = renderEverywhere(BarChart(bars: [BarChart.Bar(label: "a", value: .nan), BarChart.Bar(label: "b", value: -2)]))
        #expect(bad.contains("1 bar not drawn: not finite"))
    }

    @Test func imageGridDegenerate() {
        #expect(renderEverywhere(ImageGrid(images: [])).contains("no images"))
        let bad = renderEverywhere(ImageGrid(images: [
            GrayImage(width: 3, height: 3, pixels: [1, 2]), GrayImage(width: 0, height: -1, pixels: []),
            GrayImage(width: 2, height: 1, pixels: [.nan, 0.5]),
        ]))
        #expect(bad.contains("2 images not drawn: pixel count does not match its size"))
        #expect(bad.contains("1 pixel not drawn: not finite"))
        let big = GrayImage(width: 28, height: 28, pixels: Array(repeating: 0.5, count: 784))
        let cropped = ImageGrid(images: [big]).renderText(RenderOptions(width: 20))
        #expect(cropped.contains("note: images cropped"))
        #expect(widestLine(cropped) == 20)
    }

    @Test func tableDegenerate() {
        #expect(renderEverywhere(Table(headers: [], rows: [])).contains("(empty table)"))
        #expect(renderEverywhere(Table(headers: ["a"], rows: [])).contains("(no rows)"))
        let ragged = renderEverywhere(Table(headers: ["name", "value"], rows: [["only one"], ["x", "1", "extra"]]))
        #expect(ragged.contains("extra"))
        let long = Table(headers: ["word"], rows: [[String(repeating: "long ", count: 30)]])
        let narrow = long.renderText(RenderOptions(width: 20))
        #expect(widestLine(narrow) == 20 && narrow.contains("…"))
    }

    @Test func diagramAndProgressDegenerate() {
        #expect(renderEverywhere(NetworkDiagram(layers: [])).contains("(no layers)"))
        _ = renderEverywhere(NetworkDiagram(layers: [NetworkDiagram.Layer(name: String(repeating: "x", count: 100), shape: "(1, 2, 3, 4)", parameterCount: 1)]))
        let nan = renderEverywhere(ProgressBar(fraction: .nan, label: "epoch", rate: nil, etaSeconds: .infinity))
        #expect(nan.contains("?%") && nan.contains("eta ?"))
        let over = renderEverywhere(ProgressBar(fraction: 7, label: "", fields: ["loss 0.1"]))
        #expect(over.contains("100%"))
        #expect(!ProgressBar(fraction: 0.5).renderText(RenderOptions(width: 80)).contains("\n"))
    }

    @Test func wideCharactersCountTwoColumns() {
        let text = renderEverywhere(HeatMap(values: [[1, 2], [3, 4]], rowLabels: ["猫", "犬"], columnLabels: ["日本語", "한국어"]), userTextIsASCII: false)
        #expect(text.contains("猫"))
        let table = Table(headers: ["語", "x"], rows: [["日本", "1"]]).renderText(RenderOptions(width: 40))
        let widths = Set(table.split(separator: "\n").map { DisplayWidth.of($0) })
        #expect(widths.count == 1)
    }
}
