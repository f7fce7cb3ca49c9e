/// Where the runner starts a lesson.
public enum LessonStart: Sendable, Equatable {
    /// At the saved cell; at the beginning for a new or finished lesson.
    case resume
    /// At cell 1, keeping any `done` mark (reviewing a finished lesson).
    case beginning
    /// At the given 1-based cell (clamped to the lesson's cells): `lesson 3 cell=5`.
    case cell(Int)
}
