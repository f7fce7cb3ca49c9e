import Foundation
import Autodiff
import NeuralNet

/// Values by hand: expressions over tensors (`sigmoid(w · x + 0.1)`, `[1, 2] @ q`), the
/// built-in functions, and the session's measurements (`accuracy(valid)`).
extension Interpreter {
    /// Evaluates an expression to a tensor. `overrides` replace bound names (for `grad`).
    func evaluate(_ expression: Expression, source: String, overrides: [String: Tensor] = [:]) throws(Diagnostic) -> Tensor {
        switch expression {
        case .number(let v, _):
            return Tensor(Float(v))
        case .identifier(let name, let span):
            if let t = overrides[name] ?? session.bindings[name] { return t }
            if let quantity = try sessionQuantity(name, arguments: [], span: span, source: source) { return quantity }
            if FunctionCatalogue.function(named: name) != nil {
                throw Diagnostic("`\(name)` is a function: give it a value, as in `\(name)(0.5)`", at: span)
            }
            throw unknownName(name, at: span)
        case .derivative(let f, _, let span):
            throw Diagnostic("`\(f)'` is a derivative: give it a value, as in `\(f)'(0.5)`, or draw it with `plot \(f)'`", at: span)
        case .list(let items, let span):
            return try list(items, span: span, source: source, overrides: overrides)
        case .negate(let inner, _):
            return -(try evaluate(inner, source: source, overrides: overrides))
        case .binary(let op, let lhs, let rhs, let span):
            let a = try evaluate(lhs, source: source, overrides: overrides)
            let b = try evaluate(rhs, source: source, overrides: overrides)
            return try binary(op, a, b, span: span)
        case .call(let f, let order, let arguments, let span):
            if let quantity = try sessionQuantity(f, arguments: arguments, span: span, source: source) { return quantity }
            let values = try arguments.map { (e) throws(Diagnostic) -> Tensor in try evaluate(e, source: source, overrides: overrides) }
            return try call(f, order: order, values, span: span)
        case .grad(_, _, let span):
            throw Diagnostic("`grad` gives a value and its gradients; use it on its own line", at: span)
        }
    }

    /// A (possibly nested) list literal as a tensor.
    func list(_ items: [Expression], span: SourceSpan, source: String, overrides: [String: Tensor]) throws(Diagnostic) -> Tensor {
        guard !items.isEmpty else { throw Diagnostic("an empty list has no values", at: span, expected: "a list such as [1, 2]") }
        let values = try items.map { (e) throws(Diagnostic) -> Tensor in try evaluate(e, source: source, overrides: overrides) }
        guard let first = values.first else { return Tensor.zeros([0]) }
        for (v, e) in zip(values, items) where v.shape != first.shape {
            throw Diagnostic("the rows of a list must have the same shape: \(TensorError.describe(first.shape)) and \(TensorError.describe(v.shape))",
                             at: e.span)
        }
        let shape = [values.count] + first.shape
        guard shape.elementCount <= Limits.maxTensorElements else {
            throw Diagnostic("a list of \(shape.elementCount) values is over the limit of \(Limits.maxTensorElements)", at: span)
        }
        return Tensor(shape: shape, data: values.flatMap(\.data))
    }

    /// `a op b` on tensors.
    func binary(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor, span: SourceSpan) throws(Diagnostic) -> Tensor {
        do {
            switch op {
            case .add: return try a + b
            case .subtract: return try a - b
            case .multiply: return try a * b
            case .divide: return try a / b
            case .power:
                guard b.count == 1 else { throw TensorError("the exponent must be one number, got \(TensorError.describe(b.shape))") }
                return a.pow(b.scalar)
            case .dot:
                guard a.rank == 1, b.rank == 1, a.count == b.count else {
                    throw TensorError("· takes two vectors of the same length, got \(TensorError.describe(a.shape)) and \(TensorError.describe(b.shape)) (use @ for matrices)")
                }
                return try (a * b).sum()
            case .matmul:
                let left = a.rank == 1 ? try a.reshaped([1, a.count]) : a
                let right = b.rank == 1 ? try b.reshaped([b.count, 1]) : b
                let product = try left.matmul(right)
                if a.rank == 1 || b.rank == 1 { return try product.reshaped([product.count]) }
                return product
            default:
                let holds: Bool
                guard a.count == 1, b.count == 1 else { throw TensorError("comparisons take single numbers") }
                switch op {
                case .less: holds = a.scalar < b.scalar
                case .lessEqual: holds = a.scalar <= b.scalar
                case .greater: holds = a.scalar > b.scalar
                case .greaterEqual: holds = a.scalar >= b.scalar
                case .equal: holds = a.scalar == b.scalar
                default: holds = a.scalar != b.scalar
                }
                return Tensor(holds ? 1 : 0)
            }
        } catch let error as TensorError {
            throw Diagnostic(error.message, at: span)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic("\(error)", at: span)
        }
    }

    /// A built-in function call; `order` > 0 gives its derivative (element-wise functions).
    func call(_ f: String, order: Int, _ args: [Tensor], span: SourceSpan) throws(Diagnostic) -> Tensor {
        guard let spec = FunctionCatalogue.function(named: f) else {
            let suggestion = Suggest.nearest(to: f, in: FunctionCatalogue.names + Interpreter.sessionFunctions)
            throw Diagnostic("unknown function `\(f)`", at: span, expected: "a function such as sigmoid, tanh, relu, softmax, sum", suggestion: suggestion)
        }
        guard spec.arity.contains(args.count) else {
            let count = spec.arity.lowerBound == spec.arity.upperBound ? "\(spec.arity.lowerBound)" : "\(spec.arity.lowerBound) to \(spec.arity.upperBound)"
            throw Diagnostic("`\(f)` takes \(count) argument\(spec.arity.upperBound == 1 ? "" : "s"), got \(args.count)", at: span)
        }
        if order > 0 {
            guard let unary = Interpreter.elementwise(f), args.count == 1 else {
                throw Diagnostic("only element-wise functions have a derivative here (sigmoid', tanh', relu', exp', …)", at: span)
            }
            return try Interpreter.derivative(unary, order: order, at: args[0], span: span)
        }
        do {
            if let unary = Interpreter.elementwise(f) { return try unary(args[0]) }
            switch f {
            case "softmax": return try args[0].rank == 0 ? args[0].softmax(axis: nil) : args[0].softmax()
            case "sum": return args[0].sum()
            case "mean": return args[0].mean()
            case "max": return try args[0].reshaped([args[0].count]).max(axis: 0)
            case "min": return -(try (-args[0]).reshaped([args[0].count]).max(axis: 0))
            case "transpose": return try args[0].transposed()
            case "randn", "rand", "zeros", "ones":
                let shape = try sizes(args, span: span)
                switch f {
                case "zeros": return Tensor.zeros(shape)
                case "ones": return Tensor.ones(shape)
                case "randn": return Tensor(shape: shape, data: (0..<shape.elementCount).map { _ in Float(session.generator.normal()) })
                default: return Tensor(shape: shape, data: (0..<shape.elementCount).map { _ in Float(session.generator.uniform()) })
                }
            case "mse": return try Tensor.meanSquaredError(args[0], args[1])
            case "bce":
                // On probabilities, as written on the board: −mean(t·log y + (1−t)·log(1−y)).
                let y = args[0], t = args[1]
                guard y.count == t.count else { throw TensorError("bce: \(TensorError.describe(y.shape)) and \(TensorError.describe(t.shape)) differ in size") }
                let terms = try t * y.log() + (1 - t) * (1 - y).log()
                return -terms.mean()
            case "crossentropy":
                let y = args[0], t = args[1]
                guard y.count == t.count else { throw TensorError("crossentropy: \(TensorError.describe(y.shape)) and \(TensorError.describe(t.shape)) differ in size") }
                let terms = try t * y.log()
                return -(terms.sum() * (1 / Float(Swift.max(1, y.rank > 1 ? y.shape[0] : 1))))
            default:
                throw Diagnostic("`\(f)` is not available in expressions", at: span)
            }
        } catch let error as TensorError {
            throw Diagnostic("\(f): \(error.message)", at: span)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic("\(error)", at: span)
        }
    }

    /// The shape given to randn/zeros/…: one or two positive whole numbers, within limits.
    func sizes(_ args: [Tensor], span: SourceSpan) throws(Diagnostic) -> [Int] {
        var shape: [Int] = []
        for a in args {
            guard a.count == 1, a.scalar >= 1, a.scalar == a.scalar.rounded(), a.scalar <= Float(Limits.maxTensorElements) else {
                throw Diagnostic("sizes must be whole numbers from 1", at: span)
            }
            shape.append(Int(a.scalar))
        }
        guard shape.elementCount <= Limits.maxTensorElements else {
            throw Diagnostic("\(shape.map(String.init).joined(separator: "×")) is \(shape.elementCount) values, over the limit of \(Limits.maxTensorElements)", at: span)
        }
        return shape
    }

    /// The element-wise functions, which have derivatives.
    static func elementwise(_ name: String) -> ((Tensor) throws -> Tensor)? {
        switch name {
        case "sigmoid": return { $0.sigmoid() }
        case "tanh": return { $0.tanh() }
        case "relu": return { $0.relu() }
        case "linear": return { $0 }
        case "exp": return { $0.exp() }
        case "log": return { $0.log() }
        case "sqrt": return { $0.sqrt() }
        case "abs": return { $0.abs() }
        case "sin": return { $0.sin() }
        case "cos": return { $0.cos() }
        default: return nil
        }
    }

    /// The `order`-th derivative of an element-wise function at every value of `x`, by
    /// backpropagation (repeated by finite differences of the exact first derivative for
    /// order 2 and up).
    static func derivative(_ f: (Tensor) throws -> Tensor, order: Int, at x: Tensor, span: SourceSpan) throws(Diagnostic) -> Tensor {
        func first(_ x: Tensor) throws -> Tensor {
            let leaf = x.detached(requiresGrad: true)
            try f(leaf).sum().backward()
            return Tensor(shape: x.shape, data: leaf.grad ?? [Float](repeating: 0, count: x.count))
        }
        do {
            if order == 1 { return try first(x) }
            guard order == 2 else { throw Diagnostic("derivatives up to the second are drawn", at: span) }
            let h: Float = 1e-3
            let up = try first(x + h), down = try first(x - h)
            return try (up - down) * (1 / (2 * h))
        } catch let error as Diagnostic { throw error } catch { throw Diagnostic("\(error)", at: span) }
    }
}
