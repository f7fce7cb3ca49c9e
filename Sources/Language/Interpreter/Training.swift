import Foundation
import Autodiff
import NeuralNet
import Plotting

/// Training and using the network: the trainer over the session, `train`, `step`, evaluating,
/// restoring the best epoch, predicting.
extension Interpreter {
    /// A trainer over the session's network, data and settings.
    /// The network, refused when a diverged training left its weights ruined: training on
    /// them, predicting or drawing with them would only mislead.
    func soundModel(at span: SourceSpan) throws(Diagnostic) -> Sequential {
        let model = try builtModel(at: span)
        guard !session.diverged, model.parameters.allSatisfy({ $0.data.allSatisfy(\.isFinite) }) else {
            throw Diagnostic("the last training diverged and left the weights ruined (huge or not numbers at all)", at: span,
                             expected: "`undo` to go back to before that training, `restore best`, or `model clear` to start afresh")
        }
        return model
    }

    func makeTrainer(at span: SourceSpan) throws(Diagnostic) -> Trainer {
        let model = try soundModel(at: span)
        guard let split = session.split, let train = session.trainingRows else { throw noData(at: span) }
        if case .regression = train.task, session.loss != .mse {
            throw Diagnostic("`\(session.loss.rawValue)` compares class probabilities with class labels, but \(session.data?.name ?? "this data") "
                             + "is a regression: its targets are numbers", at: span, expected: "`loss mse`")
        }
        guard train.count > 0 else { throw Diagnostic("the training split is empty", at: span, expected: "`split 70 15 15`") }
        let optimizer = session.optimizer ?? session.optimizerSettings.make()
        session.optimizer = optimizer
        let trainer = Trainer(model: model, optimizer: optimizer, loss: session.loss, settings: session.training,
                              train: train, valid: split.valid, generator: session.generator, history: session.history)
        trainer.steps = session.steps
        trainer.earlyStopping = session.earlyStopping
        trainer.earlyStopping.patience = session.training.patience
        trainer.earlyStopping.startRun()   // each `train` gets its full patience
        return trainer
    }

    /// Copies the trainer's progress back into the session.
    func absorb(_ trainer: Trainer) {
        session.generator = trainer.generator
        session.history = trainer.history
        session.steps = trainer.steps
        session.earlyStopping = trainer.earlyStopping
    }

    /// `train N`: N epochs with progress, the outcome, and the curve.
    func train(epochs: Int, live redrawWanted: Bool = false, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let trainer = try makeTrainer(at: span)
        session.diverged = false
        let firstEpoch = trainer.history.count + 1
        let every = Swift.max(1, epochs / 10)
        let start = DispatchTime.now().uptimeNanoseconds
        let stepsBefore = trainer.steps
        let live = liveProgress
        let redraw = live && redrawWanted   // `train 200 live`: pictures on a terminal only
        var pacer = LivePacer()
        let stop = shouldStop
        let outcome: Trainer.Outcome
        do {
            outcome = try trainer.train(epochs: epochs, shouldStop: stop) { record in
                let done = record.epoch - firstEpoch + 1
                if redraw { liveRedraw(trainer, done: done, of: epochs, span: span, pacer: &pacer, output: output) }
                if live {
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    let rate = seconds > 0 ? Double(trainer.steps - stepsBefore) / seconds : 0
                    let eta = done > 0 ? seconds / Double(done) * Double(epochs - done) : nil
                    output(.progress(ProgressBar(fraction: Double(done) / Double(epochs), label: "epoch \(record.epoch)",
                                                 rate: "\(Int(rate)) steps/s", etaSeconds: eta, fields: Interpreter.fields(record))))
                } else if done % every == 0 || done == epochs {
                    output(.text(Interpreter.epochLine(record)))
                }
            }
        } catch {
            absorb(trainer)
            throw Diagnostic("training stopped: \(error.message)", at: span)
        }
        absorb(trainer)
        switch outcome {
        case .completed:
            output(.text("trained \(epochs) epoch\(epochs == 1 ? "" : "s") (\(session.history.count) in all, \(session.steps) steps)"))
        case .interrupted(let epoch, let step):
            output(.text("interrupted in epoch \(epoch) after step \(step); the model keeps its weights"))
        case .stoppedEarly(let epoch, let best):
            output(.text("stopped early at epoch \(epoch): no better validation loss for \(session.training.patience) epochs (best: epoch \(best); `restore best` brings it back)"))
        case .diverged(let epoch, let step, let loss):
            session.diverged = true
            output(.text("diverged: the loss became \(Format.number(Double(loss))) at step \(step) (epoch \(epoch)). Training stopped; the weights are ruined. `undo` goes back to before this training (or `model clear` starts afresh); then try a smaller learning rate (`set lr …`)."))
        }
        if redraw, !session.diverged, let regions = liveBoundary(trainer.model, title: "decision regions after epoch \(session.history.count), train points on top", span: span) {
            output(.picture(regions))
        }
        if session.history.count >= 2 && !session.diverged {
            output(.picture(curvePicture(height: 10)))
        }
    }

    /// The numbers of an epoch for the progress bar.
    static func fields(_ r: EpochRecord) -> [String] {
        var f = ["loss \(Format.number(Double(r.trainLoss), digits: 4))"]
        if let v = r.validLoss { f.append("valid \(Format.number(Double(v), digits: 4))") }
        if let a = r.validAccuracy ?? r.trainAccuracy { f.append("acc \(Format.fixed(Double(a), decimals: 3))") }
        return f
    }

    /// One line of training output.
    static func epochLine(_ r: EpochRecord) -> String {
        var line = "epoch \(r.epoch)  train loss \(Format.number(Double(r.trainLoss), digits: 4))"
        if let a = r.trainAccuracy { line += " acc \(Format.fixed(Double(a), decimals: 3))" }
        if let v = r.validLoss { line += "  valid loss \(Format.number(Double(v), digits: 4))" }
        if let a = r.validAccuracy { line += " acc \(Format.fixed(Double(a), decimals: 3))" }
        return line
    }

    /// `step N`: N mini-batch steps, each with the batch's loss before and after.
    func step(_ count: Int, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let trainer = try makeTrainer(at: span)
        var batches: [[Int]] = []
        var lines: [String] = []
        do {
            for i in 0..<count {
                if shouldStop() {   // Ctrl-C: stop after the step in progress, keep the model
                    lines.append("interrupted after \(i) step\(i == 1 ? "" : "s"); the model keeps its weights")
                    break
                }
                if batches.isEmpty { batches = trainer.nextEpochBatches().reversed() }
                guard let rows = batches.popLast() else { break }
                let before = try trainer.step(rows: rows)
                let after = try Evaluation.of(trainer.model, on: trainer.train.subset(rows), loss: session.loss).loss
                if count <= 20 || i < 5 || i == count - 1 {
                    if count > 20 && i == count - 1 { lines.append("…") }
                    lines.append("step \(trainer.steps): batch of \(rows.count), loss \(Format.number(Double(before), digits: 5)) → \(Format.number(Double(after), digits: 5))")
                }
                if !before.isFinite { session.diverged = true; break }
            }
        } catch {
            absorb(trainer)
            throw Diagnostic(error.message, at: span)
        }
        absorb(trainer)
        output(.text(lines.joined(separator: "\n")))
    }

    /// `evaluate`: loss and accuracy on every split that has rows.
    func evaluateSplits(at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let model = try builtModel(at: span)
        guard let split = session.split else { throw noData(at: span) }
        var rows: [[String]] = []
        for (name, part) in [("train", split.train), ("valid", split.valid), ("test", split.test)] where part.count > 0 {
            let e: Evaluation
            do { e = try Evaluation.of(model, on: part, loss: session.loss) } catch { throw Diagnostic(error.message, at: span) }
            rows.append([name, "\(part.count)", Format.number(Double(e.loss), digits: 4), e.accuracy.map { Format.fixed(Double($0), decimals: 3) } ?? "–"])
        }
        output(.picture(Table(headers: ["split", "rows", "loss (\(session.loss.rawValue))", "accuracy"], rows: rows,
                              alignments: [.left, .right, .right, .right])))
    }

    /// `restore best`: the weights of the epoch with the best validation loss.
    func restoreBest(at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let model = try builtModel(at: span)
        guard let weights = session.earlyStopping.bestWeights, model.restore(weights) else {
            throw Diagnostic("there is no best epoch yet: train with a validation split first", at: span,
                             expected: "`train N` with `split 70 15 15`")
        }
        let best = session.earlyStopping.bestEpoch
        session.diverged = false   // the best epoch's weights are finite
        output(.text("restored the weights of epoch \(best) (valid loss \(Format.number(Double(session.earlyStopping.bestLoss), digits: 4)))"))
    }

    /// `predict …`: the network's output for one input.
    func predict(_ inputs: [Double], at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        let model = try soundModel(at: span)
        guard inputs.count == model.inputWidth else {
            throw Diagnostic("the network takes \(model.inputWidth) input\(model.inputWidth == 1 ? "" : "s"), got \(inputs.count)", at: span,
                             expected: model.inputWidth <= 4
                                ? "\(model.inputWidth) numbers, e.g. `predict \(Array(repeating: "0.5", count: model.inputWidth).joined(separator: " "))`"
                                : "\(model.inputWidth) numbers, one per feature, e.g. as a list `predict [0.5, 0.5, …]`")
        }
        let x = Tensor(shape: [1] + model.inputShape, data: inputs.map(Float.init))
        let y: Tensor
        do { y = try model.predict(x) } catch { throw Diagnostic(error.message, at: span) }
        var text = "output \(Format.values(y.data, shape: [y.count]))"
        if let data = session.data, case .classification = data.task {
            if let cls = Evaluation.classify(y, task: data.task, linearOutput: Evaluation.outputsLogits(model, loss: session.loss))?.first {
                text += " → class \(data.className(cls))"
            }
        }
        output(.text(text))
    }
}
