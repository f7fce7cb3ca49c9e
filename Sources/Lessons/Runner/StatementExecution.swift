import Language

/// Runs the statements of a cell through a `StatementRunner`, stopping at the first failure;
/// shared by the lesson runner and the checker.
enum StatementExecution {
    /// A statement that failed and why.
    struct Failure: Equatable {
        /// The statement as written.
        var statement: LessonLine
        /// The error as one line (the diagnostic's summary), for reports.
        var message: String
    }

    /// Runs `lines` in order (skipping comment-only ones) with outputs to `sink`; returns the
    /// first failure, or nil when every statement succeeded.
    static func run(_ lines: [LessonLine], on runner: any StatementRunner, sink: (Output) -> Void) -> Failure? {
        for line in lines where !Syntax.isBlank(line.text) {
            var message: String?
            let ok = runner.run(line.text, line: line.line) { output in
                if message == nil, case .error(let diagnostic, _) = output { message = diagnostic.summary }
                sink(output)
            }
            if !ok { return Failure(statement: line, message: message ?? "the statement failed") }
        }
        return nil
    }
}
