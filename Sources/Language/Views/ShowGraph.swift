import Autodiff
import Plotting

/// `show graph`: the computation graph of the last `grad`.
extension Interpreter {
    func showGraph(span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        guard let record = session.lastGradient else {
            throw Diagnostic("there is no computation graph yet", at: span, expected: "a `grad … wrt …` first, e.g. `grad sigmoid(2 * w) wrt w`")
        }
        var names = record.names
        var lines = ["computation graph of \(record.source):"]
        for (i, node) in record.result.topologicalOrder().enumerated() {
            let id = ObjectIdentifier(node)
            if names[id] == nil { names[id] = node.inputs.isEmpty ? "c\(i)" : "t\(i)" }
            let name = names[id] ?? "?"
            let value = Format.values(node.data, shape: node.shape).replacingOccurrences(of: "\n", with: " ")
            let grad = node.grad.map { " · grad " + Format.values($0, shape: node.shape).replacingOccurrences(of: "\n", with: " ") } ?? ""
            if node.inputs.isEmpty {
                lines.append("  \(name) = \(value)\(grad)")
            } else {
                let args = node.inputs.map { names[ObjectIdentifier($0)] ?? "const" }.joined(separator: ", ")
                lines.append("  \(name) = \(node.label)(\(args)) = \(value)\(grad)")
            }
        }
        output(.text(lines.joined(separator: "\n")))
    }
}

/// The view `show graph`.
enum ShowGraph: SessionView {
    static let sub = SubcommandSpec("graph", "the computation graph of the last grad")

    static func show(in interpreter: Interpreter, options: ViewOptions, output: (Output) -> Void) throws(Diagnostic) {
        try interpreter.showGraph(span: options.span, output: output)
    }
}
