// nnlab-bench: runs bench/SPEC.md workloads on nnlab's engine and prints one JSON line per
// run, in the same format as the peers of ../shared/bench/peers (see scripts/bench).
//
//   swift run -c release nnlab-bench [p1|p2|startup-ref|region|lstm-step|attention-step|all] [--repeat N]
//   swift run -c release nnlab-bench lstm-p3 [--steps 2000]
//   (lstm-step and attention-step time the fused sequence kernels: see KernelBench.swift)

import Foundation
import Autodiff
import NeuralNet
import Plotting

/// Seconds of a monotonic clock.
func now() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

/// One JSON line as the peers print it.
func emit(_ workload: String, seconds: Double, steps: Int, finalLoss: Float, metric: String, value: Float?, extra: [String: Any] = [:]) {
    var record: [String: Any] = [
        "workload": workload, "impl": "nnlab", "threads": 1, "seconds": seconds,
        "steps_per_s": (Double(steps) / seconds * 1000).rounded() / 1000,
        "final_loss": Double(finalLoss), "metric_name": metric, "metric_value": value.map(Double.init) as Any,
        "versions": ["nnlab": "0.1.0", "swift": "6"], "steps": steps,
    ]
    for (k, v) in extra { record[k] = v }
    if let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]),
       let line = String(data: data, encoding: .utf8) {
        print(line)
    }
}

/// Times a SPEC workload's training steps, then evaluates it.
func runSpec(_ make: () throws -> SpecWorkload) throws {
    let workload = try make()
    let start = now()
    try workload.run()
    let seconds = now() - start
    let train = try Evaluation.of(workload.model, on: workload.train, loss: workload.loss)
    let test = try Evaluation.of(workload.model, on: workload.test, loss: workload.loss)
    emit(workload.name, seconds: seconds, steps: workload.totalSteps, finalLoss: train.loss,
         metric: "test_accuracy", value: test.accuracy, extra: ["train_accuracy": Double(train.accuracy ?? .nan)])
}

/// Times drawing a 60×30 decision-region map of a 2-16-16-1 network: the engine evaluating
/// the 1,800 cells' centres (3,600 coordinates), then the picture rendered as coloured text.
func runRegion() throws {
    let model = Sequential(inputWidth: 2, layers: [
        Dense(inputs: 2, units: 16, activation: .tanh), Dense(inputs: 16, units: 16, activation: .tanh),
        Dense(inputs: 16, units: 1, activation: .sigmoid),
    ])
    var rng = SplitMix64(seed: 1)
    for layer in model.layers { layer.initialize(.xavier, generator: &rng) }
    let columns = 60, rows = 30
    var grid = [Float]()
    for r in 0..<rows { for c in 0..<columns { grid.append(Float(c) / 10 - 3); grid.append(3 - Float(r) / 5) } }
    let x = Tensor(shape: [columns * rows, 2], data: grid)
    let points = (0..<200).map { LabeledPoint(x: Double($0 % 20) / 4 - 2.5, y: Double($0 / 20) / 2 - 2.5, label: $0 % 2) }
    let options = RenderOptions(width: 80, colorMode: .trueColor)
    let repeats = 200
    var bytes = 0
    let start = now()
    for _ in 0..<repeats {
        let p = try model.predict(x).data
        let map = RegionMap(probabilities: (0..<rows).map { Array(p[$0 * columns..<($0 + 1) * columns]) },
                            extent: PlaneExtent(xMin: -3, xMax: 3, yMin: -3, yMax: 3), points: points)
        bytes += map.renderText(options).utf8.count
    }
    let seconds = (now() - start) / Double(repeats)
    emit("region-map-60x30", seconds: seconds, steps: 1, finalLoss: 0, metric: "ms_per_map", value: Float(seconds * 1000),
         extra: ["bytes": bytes / repeats])
}

let arguments = CommandLine.arguments.dropFirst()
let which = arguments.first { !$0.hasPrefix("--") } ?? "all"
var repeats = 1
if let i = arguments.firstIndex(of: "--repeat"), arguments.index(after: i) < arguments.endIndex,
   let n = Int(arguments[arguments.index(after: i)]) { repeats = n }
var lstmSteps = 300
if let i = arguments.firstIndex(of: "--steps"), arguments.index(after: i) < arguments.endIndex,
   let n = Int(arguments[arguments.index(after: i)]) { lstmSteps = n }

do {
    for _ in 0..<repeats {
        if which == "p1" || which == "all" { try runSpec(SpecWorkload.p1) }
        if which == "p2" || which == "all" { try runSpec(SpecWorkload.p2) }
        if which == "region" || which == "all" { try runRegion() }
        if which == "lstm-step" || which == "all" { try runLSTMStep() }
        if which == "attention-step" || which == "all" { try runAttentionStep() }
        if which == "lstm-p3" { try runLSTMAddingProblem(steps: lstmSteps) }
    }
} catch {
    FileHandle.standardError.write(Data("nnlab-bench: \(error)\n".utf8))
    exit(1)
}
