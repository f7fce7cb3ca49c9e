import Language
@testable import Lessons

/// A stand-in interpreter: records every statement, fails scripted ones with an error output,
/// answers `check` from a scripted dictionary, and can turn goals true after a statement.
final class FakeRunner: StatementRunner {
    /// Every statement run, in order.
    var statements: [String] = []
    /// Every condition checked, in order.
    var checked: [String] = []
    /// Statements that fail, with their error message.
    var failures: [String: String] = [:]
    /// Conditions and whether they hold; a condition not listed makes `check` throw.
    var goals: [String: Bool] = [:]
    /// Explanations of conditions (default: "<condition> holds" / "… does not hold").
    var explanations: [String: String] = [:]
    /// After this statement runs, these conditions hold.
    var turnsTrue: [String: [String]] = [:]
    /// Statements that make a request of the front end.
    var requests: [String: Output.Request] = [:]

    init(failures: [String: String] = [:], goals: [String: Bool] = [:]) {
        self.failures = failures
        self.goals = goals
    }

    func run(_ source: String, line: Int, sink: (Output) -> Void) -> Bool {
        statements.append(source)
        if let message = failures[source] {
            sink(.error(Diagnostic(message, at: SourceSpan(at: .start(line: line))), source: source))
            return false
        }
        if let request = requests[source] {
            sink(.request(request))
            return true
        }
        sink(.text("ran: \(source)"))
        for condition in turnsTrue[source] ?? [] { goals[condition] = true }
        return true
    }

    func check(expectation: String) throws(Diagnostic) -> Expectation {
        checked.append(expectation)
        guard let met = goals[expectation] else {
            throw Diagnostic("cannot check `\(expectation)`", at: SourceSpan(at: .start()))
        }
        let explanation = explanations[expectation] ?? (met ? "\(expectation) holds" : "\(expectation) does not hold")
        return Expectation(condition: expectation, isMet: met, actual: nil, explanation: explanation)
    }
}

/// A fresh empty temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-lessons-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

import Foundation
