/// What the lesson runner and the REPL need of an interpreter: run statements, check
/// conditions, and know the session's statement count. `Interpreter` is the real one;
/// tests may provide their own.
public protocol StatementRunner: AnyObject {
    /// Runs one statement (it may span lines while a bracket is open), handing every output
    /// to `sink`; returns false when it failed (the session is then unchanged). `line` is the
    /// statement's first line number, for error positions.
    @discardableResult
    func run(_ source: String, line: Int, sink: (Output) -> Void) -> Bool

    /// Checks a condition such as `accuracy valid >= 0.95`, `loss train < 0.1`,
    /// `units distinct layer=1 == 1` or `value y > 0.9` against the current session.
    func check(expectation: String) throws(Diagnostic) -> Expectation
}
