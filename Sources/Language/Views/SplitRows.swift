import NeuralNet

/// The rows a view draws: the split named by `split=`, or a sensible default.
extension Interpreter {
    /// The split named by `split=` (default: the test split, else valid, else train).
    func chosenRows(_ o: ViewOptions, default name: String? = nil) throws(Diagnostic) -> (String, Dataset) {
        guard let split = session.split else { throw noData(at: o.span) }
        if let word = o.split { return (word, try rows(of: word, span: o.splitSpan ?? o.span)) }
        if let name { return (name, try rows(of: name, span: o.span)) }
        if split.test.count > 0 { return ("test", split.test) }
        if split.valid.count > 0 { return ("valid", split.valid) }
        return ("train", split.train)
    }
}
