import NeuralNet

/// The output layer a data set needs, and whether the layer a learner declared last is it.
///
/// A last layer that fits the task is the output: one unit with a sigmoid (or linear, a
/// logit) or two with a softmax for two classes, one unit per class with a softmax (or
/// linear) for more, as many units as target values for regression. Otherwise an output
/// layer that fits is added after the declared layers (`show model` marks it "added").
enum OutputLayer {
    /// The units the output needs, per example or, for a target per step, per step.
    static func width(for data: Dataset) -> Int {
        switch data.task {
        case .classification(let k), .classPerStep(let k): return k <= 2 ? 1 : k
        case .regression: return data.targetWidth
        case .valuePerStep: return data.targetShape.count >= 2 ? (data.targetShape.last ?? 1) : 1
        }
    }

    /// The activation of an added output layer.
    static func activation(for data: Dataset) -> Activation {
        switch data.task.classCount {
        case let k?: return k <= 2 ? .sigmoid : .softmax
        case nil: return .linear
        }
    }

    /// The output layer added after layers that do not end in one.
    static func added(for data: Dataset) -> LayerConfig {
        .dense(Dense.Config(units: width(for: data), activation: activation(for: data)))
    }

    /// Whether `config`, declared last, is the output layer for `data`.
    static func serves(_ config: LayerConfig, for data: Dataset) -> Bool {
        guard case .dense(let d) = config else { return false }
        switch data.task.classCount {
        case 2?: return (d.units == 1 && (d.activation == .sigmoid || d.activation == .linear))
            || (d.units == 2 && d.activation == .softmax)
        case let k?: return d.units == k && (d.activation == .softmax || d.activation == .linear)
        case nil: return d.units == width(for: data)
        }
    }

    /// Why `config` cannot be the last layer on `data`, or nil when it can: one unit on
    /// two-class data can only be the output, and only a sigmoid (or a linear logit) gives a
    /// probability there.
    static func refusal(_ config: LayerConfig, for data: Dataset) -> (message: String, expected: String)? {
        guard case .dense(let d) = config, data.task.classCount == 2, d.units == 1, !serves(config, for: data) else { return nil }
        return ("one unit as the last layer on two-class data is the output, and \(d.activation.rawValue) cannot give the probability of a class",
                "`layer dense 1 sigmoid` (or `linear` for a logit), or `layer dense 2 softmax`")
    }

    /// Why a network whose output has `shape` per example cannot be scored against `data`'s
    /// targets, with what would work; nil when it can.
    static func mismatch(outputShape shape: [Int], data: Dataset) -> (message: String, expected: String)? {
        if data.task.isPerStep {
            let steps = data.targetShape.first ?? 1
            guard shape.count >= 2 else {
                return ("the network gives one output per sequence (\(describe(shape))) but \(data.name) has a target at each of its \(steps) steps",
                        "every step's output: drop `last` from the recurrent layer")
            }
            guard shape[0] == steps else {
                return ("the network gives \(shape[0]) steps but \(data.name) has a target at each of \(steps) steps", "a network that keeps the sequence's length")
            }
            return nil
        }
        guard shape.count <= 1 else {
            return ("the network gives a sequence (\(describe(shape)) per example) but \(data.name) has one target per sequence",
                    "one output per sequence: `last` on the last recurrent layer, as in `layer rnn 16 last`")
        }
        return nil
    }

    /// A shape as the language shows it: `[10, 16]`.
    static func describe(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }
}
