/// The result of checking a folder of lessons.
public struct CheckReport: Sendable, Equatable {
    /// One result per lesson file, in file-name order.
    public var results: [LessonCheckResult]

    /// Creates a report.
    public init(results: [LessonCheckResult]) {
        self.results = results
    }

    /// How many lessons passed.
    public var passedCount: Int { results.filter(\.passed).count }
    /// How many lessons failed.
    public var failedCount: Int { results.count - passedCount }
    /// Whether the check succeeded: at least one lesson, and none failed (a folder with no
    /// lessons fails, so a mistyped path cannot pass CI).
    public var succeeded: Bool { !results.isEmpty && failedCount == 0 }

    /// One line per lesson, then `N passed, M failed`.
    public func render() -> String {
        (results.map { $0.render() } + ["\(passedCount) passed, \(failedCount) failed"]).joined(separator: "\n")
    }

    /// Seconds with two decimals (`0.41`).
    static func format(_ seconds: Double) -> String {
        let hundredths = Int((max(0, seconds) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
