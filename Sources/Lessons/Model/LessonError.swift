/// A malformed lesson file: which file, which line, and what is wrong.
public struct LessonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file name (or path) of the lesson.
    public var file: String
    /// The 1-based line the problem is on.
    public var line: Int
    /// What is wrong, e.g. "exercise has no `nnlab solution` cell after it".
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }
}
