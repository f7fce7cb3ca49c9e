import Language

/// How a run of the lesson runner ended. In every case the progress is saved.
public enum LessonOutcome: Sendable, Equatable {
    /// The learner went past the last cell; the lesson is marked done.
    case finished
    /// The learner typed `quit` (or a statement asked to quit) at the given 1-based cell.
    case quit(cell: Int)
    /// Input ended (Ctrl-D, end of a script) at the given cell.
    case endOfInput(cell: Int)
    /// A statement asked the front end for something (another lesson, the lesson menu) at the
    /// given cell; the front end should serve it.
    case request(Output.Request, cell: Int)
}
