/// The built-in functions: names reserved from `let`, shown by `help functions`, completed by Tab.
public enum FunctionCatalogue {
    /// Every built-in function, in help order.
    public static let all: [FunctionSpec] = [
        FunctionSpec("sigmoid", 1...1, "1 / (1 + e^-x), element-wise; derivative sigmoid'"),
        FunctionSpec("tanh", 1...1, "hyperbolic tangent, element-wise; derivative tanh'"),
        FunctionSpec("relu", 1...1, "max(0, x), element-wise; derivative relu'"),
        FunctionSpec("linear", 1...1, "the identity, x"),
        FunctionSpec("softmax", 1...1, "e^x / sum(e^x) over the last axis"),
        FunctionSpec("exp", 1...1, "e^x, element-wise"),
        FunctionSpec("log", 1...1, "natural logarithm, element-wise"),
        FunctionSpec("sqrt", 1...1, "square root, element-wise"),
        FunctionSpec("abs", 1...1, "absolute value, element-wise"),
        FunctionSpec("sin", 1...1, "sine, element-wise"),
        FunctionSpec("cos", 1...1, "cosine, element-wise"),
        FunctionSpec("sum", 1...1, "the sum of all elements"),
        FunctionSpec("mean", 1...1, "the mean of all elements"),
        FunctionSpec("max", 1...1, "the largest element"),
        FunctionSpec("min", 1...1, "the smallest element"),
        FunctionSpec("transpose", 1...1, "swaps rows and columns of a matrix"),
        FunctionSpec("randn", 1...2, "randn(rows[, cols]): standard normal values from the session's seed"),
        FunctionSpec("rand", 1...2, "rand(rows[, cols]): uniform values in [0, 1) from the session's seed"),
        FunctionSpec("zeros", 1...2, "zeros(rows[, cols])"),
        FunctionSpec("ones", 1...2, "ones(rows[, cols])"),
        FunctionSpec("mse", 2...2, "mse(prediction, target): mean of squared differences"),
        FunctionSpec("bce", 2...2, "bce(prediction, target): binary cross-entropy"),
        FunctionSpec("crossentropy", 2...2, "crossentropy(probabilities, target): -sum(target · log p)"),
    ]

    /// The function called `name` (case-insensitive, derivative marks ignored).
    public static func function(named name: String) -> FunctionSpec? {
        let lowered = splitPrimes(name.lowercased()).name
        return all.first { $0.name == lowered }
    }

    /// All function names.
    public static var names: [String] { all.map(\.name) }
}
