// nnlab-bench: runs bench/SPEC.md workloads on nnlab's engine and prints one JSON line per
// run, in the same format as the peers of ../shared/bench/peers (see scripts/bench).
//
//   swift run -c release nnlab-bench [p1|p2|startup-ref|region|all] [--repeat N]

import Foundation
import Autodiff
import NeuralNet

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
    let trainer = workload.makeTrainer()
    let batches = workload.batches
    let start = now()
    for _ in 0..<workload.epochs {
        for rows in batches { _ = try trainer.step(rows: rows) }
    }
    let seconds = now() - start
    let train = try Evaluation.of(workload.model, on: workload.train, loss: workload.loss)
    let test = try Evaluation.of(workload.model, on: workload.test, loss: workload.loss)
    emit(workload.name, seconds: seconds, steps: workload.totalSteps, finalLoss: train.loss,
         metric: "test_accuracy", value: test.accuracy, extra: ["train_accuracy": Double(train.accuracy ?? .nan)])
}

/// Times evaluating a 2-16-16-1 network over a 60×30 grid (3,600 points): the engine's share
/// of drawing a decision-region map.
func runRegion() throws {
    let model = Sequential(inputWidth: 2, layers: [
        Dense(inputs: 2, units: 16, activation: .tanh), Dense(inputs: 16, units: 16, activation: .tanh),
        Dense(inputs: 16, units: 1, activation: .sigmoid),
    ])
    var rng = SplitMix64(seed: 1)
    for (_, d) in model.denseLayers { Initializer.xavier.fill(d, generator: &rng) }
    var grid = [Float]()
    for r in 0..<30 { for c in 0..<60 { grid.append(Float(c) / 10 - 3); grid.append(Float(r) / 5 - 3) } }
    let x = Tensor(shape: [1800 * 2 / 2, 2], data: grid)
    let repeats = 200
    let start = now()
    var total: Float = 0
    for _ in 0..<repeats { total += try model.predict(x).data[0] }
    let seconds = (now() - start) / Double(repeats)
    emit("region-eval-60x30", seconds: seconds, steps: 1, finalLoss: total / Float(repeats), metric: "ms_per_map", value: Float(seconds * 1000))
}

let arguments = CommandLine.arguments.dropFirst()
let which = arguments.first { !$0.hasPrefix("--") } ?? "all"
var repeats = 1
if let i = arguments.firstIndex(of: "--repeat"), arguments.index(after: i) < arguments.endIndex,
   let n = Int(arguments[arguments.index(after: i)]) { repeats = n }

do {
    for _ in 0..<repeats {
        if which == "p1" || which == "all" { try runSpec(SpecWorkload.p1) }
        if which == "p2" || which == "all" { try runSpec(SpecWorkload.p2) }
        if which == "region" || which == "all" { try runRegion() }
    }
} catch {
    FileHandle.standardError.write(Data("nnlab-bench: \(error)\n".utf8))
    exit(1)
}
