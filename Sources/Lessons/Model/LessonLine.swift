/// One statement (or goal condition) of a lesson cell, with where it stands in the file.
///
/// A statement that keeps a bracket open over several lines is one `LessonLine` whose `text`
/// holds all of them, separated by `"\n"`; `line` is its first line.
public struct LessonLine: Sendable, Equatable {
    /// The text: a statement, or for a goal the condition without the word `expect`.
    public var text: String
    /// The 1-based line number in the lesson file where it starts.
    public var line: Int

    /// Creates a line.
    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
