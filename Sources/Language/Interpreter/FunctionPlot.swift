import Autodiff
import Plotting

/// `plot sigmoid tanh relu`, `plot sigmoid'`, `plot x^2 - 1 from=-3 to=3`.
extension Interpreter {
    /// Draws `functions` over [from, to]; `text` is the statement as typed, so a series is
    /// named by its expression's own text.
    func plot(_ functions: [(expression: Expression, span: SourceSpan)], from: Double, to: Double, statement text: String,
              output: (Output) -> Void) throws(Diagnostic) {
        let count = 161
        let xs = (0..<count).map { from + (to - from) * Double($0) / Double(count - 1) }
        let x = Tensor(shape: [count], data: xs.map(Float.init))
        var series: [LineSeries] = []
        for named in functions {
            let expression = named.expression
            let ys: Tensor
            let name = named.span.text(in: text) ?? expression.description
            switch expression {
            case .identifier(let f, let span) where Interpreter.elementwise(f) != nil && session.bindings[f] == nil:
                ys = try call(f, order: 0, [x], span: span)
                series.append(LineSeries(name: f, xs: xs, ys: ys.data.map(Double.init)))
                continue
            case .derivative(let f, let order, let span):
                ys = try call(f, order: order, [x], span: span)
                series.append(LineSeries(name: f + String(repeating: "'", count: order), xs: xs, ys: ys.data.map(Double.init)))
                continue
            default:
                ys = try evaluate(expression, source: text, overrides: ["x": x])
            }
            guard ys.count == count || ys.count == 1 else {
                throw Diagnostic("`\(name)` gives \(TensorError.describe(ys.shape)) values, not one per x", at: named.span,
                                 expected: "an expression in x, e.g. `plot x^2 - 1`")
            }
            let values = ys.count == 1 ? [Double](repeating: Double(ys.scalar), count: count) : ys.data.map(Double.init)
            series.append(LineSeries(name: name, xs: xs, ys: values))
        }
        output(.picture(LinePlot(title: series.map(\.name).joined(separator: ", "), series: series, xLabel: "x", height: 14)))
    }
}
