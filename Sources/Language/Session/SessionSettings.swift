import Autodiff
import NeuralNet

extension Session {
    /// Sets one numeric hyper-parameter by the name `set` and `compare` use
    /// (lr, batch, l2, l1, clip, patience, seed); returns false for another name.
    /// A new learning rate keeps the optimiser's state (velocities, moments) and only changes
    /// its step size; a new seed restarts the random stream.
    mutating func apply(setting name: String, value: Double) -> Bool {
        switch name {
        case "lr":
            optimizerSettings.learningRate = Float(value)
            if let running = optimizer?.copy() {   // a copy: undo keeps the old optimiser
                running.settings.learningRate = Float(value)
                optimizer = running
            }
        case "batch": training.batchSize = Swift.max(1, Int(value))
        case "l2": training.penalty.l2 = Float(value)
        case "l1": training.penalty.l1 = Float(value)
        case "clip": training.clipNorm = Float(value)
        case "patience":
            training.patience = Int(value)
            earlyStopping.patience = Int(value)
        case "seed":
            seed = UInt64(Swift.max(0, value))
            generator = SplitMix64(seed: seed)
        default:
            return false
        }
        return true
    }

    /// The initialiser `init NAME [value]` names, with the language's defaults
    /// (constant 0, normal 0.1, uniform 0.5).
    static func initializer(named name: String, value: Double? = nil) -> Initializer {
        switch name {
        case "he": return .he
        case "pytorch": return .pytorch
        case "zeros": return .zeros
        case "constant": return .constant(Float(value ?? 0))
        case "normal": return .normal(Float(value ?? 0.1))
        case "uniform": return .uniform(Float(value ?? 0.5))
        default: return .xavier
        }
    }
}
