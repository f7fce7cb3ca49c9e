import Autodiff

/// `grad EXPR wrt a, b`: a value and its gradients by backpropagation.
extension Interpreter {
    /// Evaluates `grad body wrt names`, keeps the graph for `show graph`, and describes the
    /// result.
    func gradient(_ expression: Expression, source: String) throws(Diagnostic) -> String {
        guard case .grad(let body, let names, _) = expression else { return "" }
        var leaves: [String: Tensor] = [:]
        var labels: [ObjectIdentifier: String] = [:]
        for word in names {
            guard let bound = session.bindings[word.text] else {
                throw Diagnostic("`\(word.text)` has no value to differentiate with respect to", at: word.span,
                                 expected: "a name bound with `let`, e.g. `let w = [0.5, -1]`",
                                 suggestion: Suggest.nearest(to: word.text, in: Array(session.bindings.keys)))
            }
            let leaf = bound.detached(requiresGrad: true)
            leaf.label = word.text
            leaves[word.text] = leaf
            labels[ObjectIdentifier(leaf)] = word.text
        }
        let value = try evaluate(body, source: source, overrides: leaves)
        guard value.count == 1 else {
            throw Diagnostic("grad needs one number to differentiate; this is \(TensorError.describe(value.shape)) (wrap it in sum(…) or mean(…))",
                             at: body.span)
        }
        value.backward()
        // Other names the expression used appear in `show graph` by name, not as constants.
        for (name, bound) in session.bindings where name != "ans" && labels[ObjectIdentifier(bound)] == nil {
            labels[ObjectIdentifier(bound)] = name
        }
        session.lastGradient = GradientRecord(source: body.span.text(in: source) ?? body.description, result: value, names: labels)
        session.bindings["ans"] = value.detached()
        var lines = ["value = \(Format.number(Double(value.scalar)))"]
        for word in names {
            guard let leaf = leaves[word.text] else { continue }
            let g = leaf.grad ?? [Float](repeating: 0, count: leaf.count)
            lines.append("∂/∂\(word.text) = \(Format.values(g, shape: leaf.shape))")
        }
        return lines.joined(separator: "\n")
    }
}
