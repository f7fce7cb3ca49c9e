// Timings of the fused sequence kernels on the shapes of bench/SPEC.md's P3 and P4:
//
//   lstm-step       one P3 training step: LSTM (B 32, T 50, F 2, H 32) over the sequence, a
//                   linear head on the last h, MSE, backward, plain SGD on the parameters.
//                   torch's whole P3 step (Adam included) is 2,440 µs; the goal is ≤ 600 µs.
//                   Timed twice: with the C allocator's defaults, then with
//                   MemoryPolicy.keepFreedMemoryForReuse() (reported as us_per_step).
//
// Each reports the median of 7 timed runs and the fastest (best_us_per_step).
//   attention-step  one multi-head attention forward + backward on P4's shapes (B 32, T 8,
//                   D 32, 4 heads), the loss the MSE to a fixed target.

import Autodiff
import NeuralNet

/// Whether `MemoryPolicy.keepFreedMemoryForReuse()` has been applied in this process.
nonisolated(unsafe) var allocatorTuned = false

/// Seconds per step of `body`, timed after `warmUp` untimed steps over `trials` runs of
/// `steps` steps: the median run, and the fastest (the better estimate on a shared machine,
/// where other processes only ever slow a run down).
func secondsPerStep(warmUp: Int = 20, steps: Int, trials: Int = 7,
                    _ body: () throws -> Void) rethrows -> (median: Double, best: Double) {
    for _ in 0..<warmUp { try body() }
    var perStep: [Double] = []
    for _ in 0..<trials {
        let start = now()
        for _ in 0..<steps { try body() }
        perStep.append((now() - start) / Double(steps))
    }
    perStep.sort()
    return (perStep[trials / 2], perStep[0])
}

/// Microseconds, to a tenth.
func microseconds(_ seconds: Double) -> Double { (seconds * 1e7).rounded() / 10 }

/// P3's adding-problem batch: `[B, 50, 2]` inputs (value, marker) and `[B, 1]` targets,
/// drawn from `generator` as bench/SPEC.md §4 says.
func addingProblemBatch(_ batch: Int, generator: inout SplitMix64) -> (x: Tensor, y: Tensor) {
    let steps = 50
    var x = [Float](repeating: 0, count: batch * steps * 2)
    var y = [Float](repeating: 0, count: batch)
    for n in 0..<batch {
        var values = [Float](repeating: 0, count: steps)
        for t in 0..<steps { values[t] = Float(generator.uniform()) }
        let p1 = generator.below(steps), q = generator.below(steps - 1)
        let p2 = q >= p1 ? q + 1 : q
        for t in 0..<steps {
            x[(n * steps + t) * 2] = values[t]
            x[(n * steps + t) * 2 + 1] = (t == p1 || t == p2) ? 1 : 0
        }
        y[n] = values[p1] + values[p2]
    }
    return (Tensor(shape: [batch, steps, 2], data: x), Tensor(shape: [batch, 1], data: y))
}

/// A parameter filled with U(k) draws (bench/SPEC.md §1).
func uniformParameter(_ shape: [Int], k: Double, generator: inout SplitMix64) -> Tensor {
    Tensor(shape: shape, data: (0..<shape.elementCount).map { _ in Float(generator.symmetric(k)) }, requiresGrad: true)
}

/// The `lstm-step` timing.
func runLSTMStep() throws {
    let (batch, steps, features, hidden) = (32, 50, 2, 32)
    var data = SplitMix64(seed: 31)
    let batches = (0..<10).map { _ in addingProblemBatch(batch, generator: &data) }
    var initial = SplitMix64(seed: 32)
    let k = 1 / Double(hidden).squareRoot()
    let w = uniformParameter([4 * hidden, features], k: k, generator: &initial)
    let u = uniformParameter([4 * hidden, hidden], k: k, generator: &initial)
    let b = uniformParameter([4 * hidden], k: k, generator: &initial)
    let wOut = uniformParameter([1, hidden], k: k, generator: &initial)
    let bOut = uniformParameter([1], k: k, generator: &initial)
    let parameters = [w, u, b, wOut, bOut]
    var step = 0
    var loss: Float = 0
    func trainingStep() throws {
        let (x, y) = batches[step % batches.count]
        step += 1
        for p in parameters { p.zeroGrad() }
        let h = try Tensor.lstmSequence(x, inputWeights: w, recurrentWeights: u, bias: b)
        let last = try h.slice(axis: 1, (steps - 1)..<steps).reshaped([batch, hidden])
        let prediction = try Tensor.linear(last, weight: wOut, bias: bOut)
        let mse = try Tensor.meanSquaredError(prediction, y)
        mse.backward()
        loss = mse.scalar
        for p in parameters {  // SGD, lr 0.01
            guard let g = p.grad else { continue }
            for i in 0..<p.count { p.data[i] -= 0.01 * g[i] }
        }
    }
    // First with the C allocator's defaults (unless an earlier run in this process changed
    // them), then keeping freed memory for reuse (see MemoryPolicy).
    let defaultAllocator = allocatorTuned ? nil : try secondsPerStep(steps: 200, trainingStep)
    allocatorTuned = MemoryPolicy.keepFreedMemoryForReuse()
    let (seconds, best) = try secondsPerStep(steps: 200, trainingStep)
    var extra: [String: Any] = ["torch_p3_us_per_step": 2440, "goal_us": 600, "allocator_keeps_freed_memory": allocatorTuned,
                                "best_us_per_step": microseconds(best)]
    if let defaultAllocator {
        extra["us_per_step_default_allocator"] = microseconds(defaultAllocator.median)
        extra["best_us_per_step_default_allocator"] = microseconds(defaultAllocator.best)
    }
    emit("lstm-step-B32-T50-F2-H32", seconds: seconds, steps: 1, finalLoss: loss, metric: "us_per_step",
         value: Float(seconds * 1e6), extra: extra)
}

/// The `attention-step` timing.
func runAttentionStep() throws {
    let (batch, steps, width, heads) = (32, 8, 32, 4)
    var generator = SplitMix64(seed: 42)
    let q = uniformParameter([batch, steps, width], k: 1, generator: &generator)
    let k = uniformParameter([batch, steps, width], k: 1, generator: &generator)
    let v = uniformParameter([batch, steps, width], k: 1, generator: &generator)
    let target = uniformParameter([batch, steps, width], k: 1, generator: &generator).detached()
    var loss: Float = 0
    let (seconds, best) = try secondsPerStep(steps: 2000) {
        for p in [q, k, v] { p.zeroGrad() }
        let out = try Tensor.multiHeadAttention(q: q, k: k, v: v, heads: heads)
        let mse = try Tensor.meanSquaredError(out, target)
        mse.backward()
        loss = mse.scalar
    }
    emit("attention-step-B32-T8-D32-h4", seconds: seconds, steps: 1, finalLoss: loss, metric: "us_per_step",
         value: Float(seconds * 1e6), extra: ["torch_p4_us_per_step": 3840, "best_us_per_step": microseconds(best)])
}

/// `lstm-p3`: bench/SPEC.md's P3 (and P3-long with `--steps 2000`) on the fused LSTM with
/// NeuralNet's Adam: data, initial weights and optimiser as the spec says, timed as the spec
/// says, with the §8 check values. The engine-level reference for P3; the workload proper
/// belongs to the layers.
func runLSTMAddingProblem(steps totalSteps: Int) throws {
    let (batch, steps, hidden) = (32, 50, 32)
    MemoryPolicy.keepFreedMemoryForReuse()
    allocatorTuned = true
    var data = SplitMix64(seed: 31)
    let batches = (0..<totalSteps).map { _ in addingProblemBatch(batch, generator: &data) }
    var evaluation = SplitMix64(seed: 33)
    let evalSet = addingProblemBatch(1000, generator: &evaluation)
    var initial = SplitMix64(seed: 32)
    let k = 1 / Double(hidden).squareRoot()
    let w = uniformParameter([4 * hidden, 2], k: k, generator: &initial)
    let u = uniformParameter([4 * hidden, hidden], k: k, generator: &initial)
    let b = uniformParameter([4 * hidden], k: k, generator: &initial)
    let wOut = uniformParameter([1, hidden], k: k, generator: &initial)
    let bOut = uniformParameter([1], k: k, generator: &initial)
    let parameters = [w, u, b, wOut, bOut]
    let parameterSum = parameters.reduce(0.0) { $0 + $1.data.reduce(0.0) { $0 + Double($1) } }
    func loss(_ x: Tensor, _ y: Tensor) throws -> Tensor {
        let h = try Tensor.lstmSequence(x, inputWeights: w, recurrentWeights: u, bias: b)
        let last = try h.slice(axis: 1, (steps - 1)..<steps).reshaped([x.shape[0], hidden])
        return try Tensor.meanSquaredError(Tensor.linear(last, weight: wOut, bias: bOut), y)
    }
    let initialBatchLoss = try GradMode.withoutRecording { try loss(batches[0].x, batches[0].y).scalar }
    let initialEval = try GradMode.withoutRecording { try loss(evalSet.x, evalSet.y).scalar }
    let targetSum = batches[0].y.data.reduce(0.0) { $0 + Double($1) }
    let optimizer = Adam(settings: OptimizerSettings(kind: .adam, learningRate: 0.01))
    var losses: [Float] = []
    let start = now()
    for (x, y) in batches {
        for p in parameters { p.zeroGrad() }
        let l = try loss(x, y)
        l.backward()
        optimizer.step(parameters)
        losses.append(l.scalar)
    }
    let seconds = now() - start
    let evalMSE = try GradMode.withoutRecording { try loss(evalSet.x, evalSet.y).scalar }
    let last10 = losses.suffix(10).reduce(0, +) / Float(Swift.min(10, losses.count))
    var plateauExit: Int? = nil
    if losses.count >= 10 {
        for s in 9..<losses.count where losses[(s - 9)...s].reduce(0, +) / 10 < 0.05 { plateauExit = s; break }
    }
    emit(totalSteps == 300 ? "P3-seq-lstm" : "P3-seq-lstm-\(totalSteps)", seconds: seconds, steps: totalSteps,
         finalLoss: last10, metric: "eval_mse", value: evalMSE,
         extra: ["plateau_exit_step": plateauExit as Any, "param_sum": parameterSum, "initial_batch_mse": Double(initialBatchLoss),
                 "initial_eval_mse": Double(initialEval), "batch0_target_sum": targetSum,
                 "note": "engine-level: fused lstmSequence + linear + mse + NeuralNet Adam; allocator keeps freed memory"])
}
