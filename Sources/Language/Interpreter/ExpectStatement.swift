import Foundation
import Autodiff
import NeuralNet

/// `expect CONDITION`: a statement that fails unless the condition holds on the session's
/// state. Lessons prove their phenomena with it; scripts can assert with it too.
///
/// The condition is an expression with one comparison. Besides names and functions it may
/// use the phrases of the lesson format, rewritten to the session functions:
/// `accuracy valid` → `accuracy(valid)`, `loss train` → `loss(train)`,
/// `units distinct layer=2` → `distinct_units(2)`, `value y` → `y`.
enum ExpectStatement {
    /// The condition after a leading `expect`, with its byte offset in the line.
    static func condition(in line: String) -> (condition: String, offset: Int)? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("expect"), trimmed.dropFirst(6).first.map({ $0 == " " || $0 == "\t" }) ?? true else { return nil }
        let rest = trimmed.dropFirst(6)
        let condition = String(rest.drop { $0 == " " || $0 == "\t" })
        let offset = line.utf8.count - condition.utf8.count
        return (condition.trimmingCharacters(in: .whitespaces), offset)
    }

    /// The lesson phrases turned into function calls.
    static func rewrite(_ condition: String) -> String {
        var text = " " + condition + " "
        let rules: [(String, String)] = [
            (#"\baccuracy\s+(train|valid|test)\b"#, "accuracy($1)"),
            (#"\bloss\s+(train|valid|test)\b"#, "loss($1)"),
            (#"\bunits\s+distinct\s+layer\s*=\s*([0-9]+)"#, "distinct_units($1)"),
            (#"\bunits\s+distinct\b"#, "distinct_units(1)"),
            (#"\bvalue\s+([A-Za-z_][A-Za-z0-9_]*)"#, "$1"),
        ]
        for (pattern, template) in rules {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            text = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}

extension Interpreter {
    /// `expect CONDITION`: fails unless the condition holds; says so when it does.
    func expect(_ condition: String, offset: Int, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        let verdict = try check(expectation: condition, offset: offset)
        guard verdict.isMet else {
            throw Diagnostic("expectation not met: \(verdict.explanation)",
                             at: SourceSpan(start: .start(line: 1),
                                            end: SourcePosition(offset: statement.utf8.count, line: 1, column: DisplayWidth.of(statement) + 1)),
                             expected: condition)
        }
        output(.text("✓ \(verdict.explanation)"))
    }

    /// Checks a condition; `offset` places errors within the statement it came from.
    func check(expectation condition: String, offset: Int) throws(Diagnostic) -> Expectation {
        let rewritten = ExpectStatement.rewrite(condition)
        let expression: Expression
        do {
            expression = try Parser.parseExpression(rewritten)
        } catch {
            throw Diagnostic("cannot read the condition `\(condition)`: \(error.message)", at: Interpreter.spanOf(condition, offset: offset),
                             expected: "a comparison such as `accuracy valid >= 0.9` or `value y < 0.5`")
        }
        guard case .binary(let op, let lhs, let rhs, _) = expression, op.isComparison else {
            throw Diagnostic("a condition needs one comparison (<, <=, >, >=, ==, !=)", at: Interpreter.spanOf(condition, offset: offset),
                             expected: "a comparison such as `loss train < 0.1`")
        }
        let left = try scalar(lhs, source: rewritten, what: "the left side")
        let right = try scalar(rhs, source: rewritten, what: "the right side")
        let holds: Bool
        switch op.rawValue {
        case "<": holds = left < right
        case "<=": holds = left <= right
        case ">": holds = left > right
        case ">=": holds = left >= right
        case "==": holds = Swift.abs(left - right) <= 1e-9 * Swift.max(1, Swift.abs(right))
        default: holds = !(Swift.abs(left - right) <= 1e-9 * Swift.max(1, Swift.abs(right)))
        }
        let lhsText = Interpreter.describe(lhs, in: rewritten)
        let explanation = "\(lhsText) is \(Format.number(left, digits: 4)) (goal: \(op.rawValue) \(Format.number(right, digits: 4)))"
        return Expectation(condition: condition, isMet: holds, actual: left, explanation: explanation)
    }

    /// A side of a comparison as one number.
    func scalar(_ expression: Expression, source: String, what: String) throws(Diagnostic) -> Double {
        let value = try evaluate(expression, source: source)
        guard value.count == 1 else {
            throw Diagnostic("\(what) of the condition is \(TensorError.describe(value.shape)), not one number", at: expression.span)
        }
        return Double(value.scalar)
    }

    /// A phrase for the learner naming what a condition side measures: the measurement in
    /// words, or the text the learner wrote.
    static func describe(_ expression: Expression, in source: String) -> String {
        switch expression {
        case .call(let f, _, let args, _) where f == "accuracy" || f == "loss":
            if case .identifier(let split, _)? = args.first { return "\(split) \(f)" }
            return f
        case .call("distinct_units", _, let args, _):
            if case .number(let n, _)? = args.first { return "distinct units in layer \(Int(n))" }
            return "distinct units"
        case .identifier(let name, _): return name
        default:
            return expression.span.text(in: source) ?? expression.description
        }
    }

    /// The span of `text` placed at `offset`.
    static func spanOf(_ text: String, offset: Int) -> SourceSpan {
        SourceSpan(start: SourcePosition(offset: offset, line: 1, column: offset + 1),
                   end: SourcePosition(offset: offset + text.utf8.count, line: 1, column: offset + 1 + DisplayWidth.of(text)))
    }
}
