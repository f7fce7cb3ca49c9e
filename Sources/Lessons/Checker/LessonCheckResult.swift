/// The check of one lesson file.
public struct LessonCheckResult: Sendable, Equatable {
    /// The file name (`02-activations.md`).
    public var file: String
    /// The time the lesson took to run, in seconds (wall clock; for display only).
    public var seconds: Double
    /// The first failure, or nil when the lesson passed.
    public var failure: CheckFailure?

    /// Creates a result.
    public init(file: String, seconds: Double, failure: CheckFailure?) {
        self.file = file
        self.seconds = seconds
        self.failure = failure
    }

    /// Whether every cell ran and every `expect` and goal held.
    public var passed: Bool { failure == nil }

    /// One line: `ok   01-neuron.md  (0.41 s)` or
    /// `FAIL 02-activations.md:34: expect accuracy valid >= 0.9 — valid accuracy is 0.71  (0.41 s)`.
    public func render() -> String {
        let time = "(\(CheckReport.format(seconds)) s)"
        guard let failure else { return "ok   \(file)  \(time)" }
        var text = "FAIL \(file)"
        if let line = failure.line { text += ":\(line)" }
        text += ": "
        if let statement = failure.statement {
            text += statement.split(separator: "\n").map { $0.trimmed }.joined(separator: " ") + " — "
        }
        return text + failure.message + "  " + time
    }
}
