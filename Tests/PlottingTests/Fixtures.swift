import Plotting

/// Small, deterministic pictures of every kind, shared by the snapshot, colour and SVG tests.
enum Fixtures {
    static let trainLoss: [Double] = (0..<30).map { (i: Int) -> Double in 1.0 / (1.0 + Double(i) / 4.0) }
    static let validLoss: [Double] = (0..<30).map { (i: Int) -> Double in
        let t = Double(i)
        let rise: Double = t > 15 ? (t - 15) * 0.02 : 0
        return 1.2 / (1.0 + t / 5.0) + rise
    }
    static let blobs: [LabeledPoint] = (0..<20).map { (i: Int) -> LabeledPoint in
        let shiftX: Double = i < 10 ? -3 : 1
        let shiftY: Double = i < 10 ? 0 : 2
        return LabeledPoint(x: Double(i % 5) + shiftX, y: Double(i / 5 % 2) + shiftY, label: i < 10 ? 0 : 1)
    }
    static let ramp: [[Float]] = (0..<8).map { (r: Int) -> [Float] in
        (0..<8).map { (c: Int) -> Float in Float(min(1, max(0, Double(c - r) / 8 + 0.5))) }
    }
    static let panels: [SmallMultiples.Panel] = (0..<3).map { (k: Int) -> SmallMultiples.Panel in
        let values: [[Float]] = (0..<4).map { (r: Int) -> [Float] in (0..<4).map { (c: Int) -> Float in Float((k - 1) * (c - r)) / 3 } }
        return SmallMultiples.Panel(title: "unit \(k)", values: values)
    }
    static let antiDiagonal: [[Double]] = (0..<4).map { (r: Int) -> [Double] in (0..<4).map { (c: Int) -> Double in c == 3 - r ? 0.7 : 0.1 } }
    static let histogramValues: [Double] = (0..<40).map { (i: Int) -> Double in Double((i * 7) % 10) + Double(i % 3) }
    static let grid: [Double] = (0...24).map { (i: Int) -> Double in Double(i) / 4 - 3 }
    static let lossCurves = LinePlot(
        title: "loss",
        series: [
            LineSeries(name: "train", ys: trainLoss),
            LineSeries(name: "valid", ys: validLoss),
        ],
        xLabel: "epoch", height: 8)

    static let functionPlot = LinePlot(
        series: [
            LineSeries(name: "x^2 - 1", xs: grid, ys: grid.map { (x: Double) -> Double in x * x - 1 }),
            LineSeries(name: "derivative", xs: grid, ys: grid.map { (x: Double) -> Double in 2 * x }),
        ], height: 8)

    static let singleSeries = LinePlot(series: [LineSeries(name: "accuracy", ys: [0.5, 0.6, 0.7, 0.75, 0.8, 0.82, 0.85])], height: 5)

    static let scatter = ScatterPlot(
        title: "two blobs",
        points: blobs,
        classNames: ["orange", "blue"], height: 6)

    static let region = RegionMap(
        title: "boundary",
        probabilities: ramp,
        extent: PlaneExtent(xMin: -1, xMax: 1, yMin: -1, yMax: 1),
        points: [
            LabeledPoint(x: -0.5, y: 0.5, label: 0), LabeledPoint(x: 0.5, y: -0.5, label: 1),
            LabeledPoint(x: 0.8, y: 0.1, label: 1), LabeledPoint(x: -0.9, y: -0.2, label: 0),
        ],
        height: 6)

    /// Three classes: class 1 on the right, class 0 top left, class 2 bottom left; surer
    /// away from the edges.
    static let threeClasses: [[[Float]]] = (0..<8).map { (r: Int) -> [[Float]] in
        (0..<8).map { (c: Int) -> [Float] in
            let sure: Float = (c == 3 || c == 4 || r == 3 || r == 4) ? 0.5 : 0.9
            let rest = (1 - sure) / 2
            let winner = c >= 4 ? 1 : (r < 4 ? 0 : 2)
            return (0..<3).map { $0 == winner ? sure : rest }
        }
    }

    static let regionThree = RegionMap(
        title: "three classes",
        classProbabilities: threeClasses,
        extent: PlaneExtent(xMin: -1, xMax: 1, yMin: -1, yMax: 1),
        points: [
            LabeledPoint(x: -0.5, y: 0.5, label: 0), LabeledPoint(x: 0.5, y: 0, label: 1),
            LabeledPoint(x: -0.5, y: -0.6, label: 2),
        ],
        classNames: ["a", "b", "c"], height: 6)

    static let multiples = SmallMultiples(
        title: "neurons",
        panels: panels,
        thumbnailWidth: 8)

    static let attention = HeatMap(
        title: "attention",
        values: antiDiagonal,
        rowLabels: ["I", "saw", "a", "cat"], columnLabels: ["I", "saw", "a", "cat"])

    static let weights = HeatMap(title: "weights", values: [[-1, -0.5, 0, 0.5, 1], [0.25, -0.25, 0.75, -0.75, 0]])

    static let confusion = HeatMap(
        title: "confusion", values: [[50, 2, 0], [3, 41, 6], [0, 1, 47]],
        rowLabels: ["0", "1", "2"], columnLabels: ["0", "1", "2"], showCounts: true)

    static let histogram = Histogram(title: "values", values: histogramValues, bins: 6, height: 5)

    static let bars = BarChart(title: "final loss", bars: [
        BarChart.Bar(label: "lr 0.01", value: 0.5), BarChart.Bar(label: "lr 0.1", value: 0.2), BarChart.Bar(label: "lr 1", value: 1),
    ])

    static let images = ImageGrid(title: "digits", images: [
        GrayImage(width: 4, height: 4, pixels: [0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1], label: "1"),
        GrayImage(width: 4, height: 4, pixels: [0, 8, 8, 0, 8, 0, 0, 8, 8, 0, 0, 8, 0, 8, 8, 0], label: "0"),
    ])

    static let table = Table(title: "results", headers: ["lr", "loss", "note"], rows: [
        ["0.01", "0.52", "slow"], ["0.1", "0.21", "good"], ["1", "nan", "diverged"],
    ])

    static let network = NetworkDiagram(title: "model", layers: [
        NetworkDiagram.Layer(name: "input", shape: "(2)", parameterCount: 0),
        NetworkDiagram.Layer(name: "dense 4 tanh", shape: "(4)", parameterCount: 12),
        NetworkDiagram.Layer(name: "dense 1 sigmoid", shape: "(1)", parameterCount: 5),
    ])

    static let progress = ProgressBar(fraction: 0.5, label: "epoch 5/10", rate: "200 steps/s", etaSeconds: 65, fields: ["loss 0.123"])

    /// Every fixture by name.
    static let all: [(String, any Picture)] = [
        ("lossCurves", lossCurves), ("functionPlot", functionPlot), ("singleSeries", singleSeries),
        ("scatter", scatter), ("region", region), ("regionThree", regionThree), ("multiples", multiples), ("attention", attention),
        ("weights", weights), ("confusion", confusion), ("histogram", histogram), ("bars", bars),
        ("images", images), ("table", table), ("network", network), ("progress", progress),
    ]

    /// The fixtures that use colour when colour is on.
    static let colored: Set<String> = [
        "lossCurves", "functionPlot", "singleSeries", "scatter", "region", "regionThree", "multiples", "attention",
        "weights", "confusion", "histogram", "bars", "images", "progress",
    ]
}
