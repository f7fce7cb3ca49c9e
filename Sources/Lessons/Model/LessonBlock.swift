/// One piece of a lesson, in reading order: prose to show, or a cell to run.
public enum LessonBlock: Sendable, Equatable {
    /// Markdown text between cells (leading and trailing blank lines removed).
    case prose(String)
    /// A code cell or an exercise (which carries its solution).
    case cell(LessonCell)
}
