import Autodiff
import NeuralNet

extension Session {
    /// A text that changes whenever anything in the session changes: data, split, layers,
    /// weights (bit for bit), optimiser settings, history, bindings and the random stream.
    /// Tests use it to prove that a failed command left the session exactly as it was.
    var fingerprint: String {
        var parts: [String] = []
        parts.append("seed \(seed) rng \(generator.state)")
        parts.append("data \(dataDescription) \(data?.count ?? -1) split \(split?.trainIndices ?? []) \(split?.validIndices ?? [])")
        parts.append("augment \(augmentation ?? "-") \(augmentedTrain?.count ?? -1)")
        parts.append("layers \(layers.map(\.summary)) init \(initializer.name) \(layerInitializers.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value.name)" })")
        if let model {
            parts.append("model " + model.parameters.map { $0.data.map { String($0.bitPattern, radix: 16) }.joined(separator: ",") }.joined(separator: ";"))
        } else {
            parts.append("model none")
        }
        parts.append("loss \(lossChoice?.rawValue ?? "-") optimizer \(optimizerSettings) training \(training)")
        parts.append("history \(history.count) steps \(steps) diverged \(diverged) best \(earlyStopping.bestEpoch)")
        parts.append("bindings " + bindings.keys.sorted().map { key in "\(key)=\(bindings[key].map { $0.data.map(\.bitPattern) } ?? [])" }.joined(separator: " "))
        return parts.joined(separator: "\n")
    }
}
