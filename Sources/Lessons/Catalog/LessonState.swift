/// Where a learner stands in a lesson, as the menu shows it.
public enum LessonState: Sendable, Equatable, CustomStringConvertible {
    /// Not started.
    case new
    /// Started: at cell `cell` of `of`.
    case inProgress(cell: Int, of: Int)
    /// Finished (possibly being reviewed).
    case done

    /// The state of a lesson with `cellCount` cells given its saved record.
    public init(progress: LessonProgress?, cellCount: Int) {
        guard let progress else { self = .new; return }
        if progress.done { self = .done; return }
        self = .inProgress(cell: min(progress.cell, max(cellCount, 1)), of: cellCount)
    }

    /// `new`, `in progress at cell 3 of 9`, `done`.
    public var description: String {
        switch self {
        case .new: return "new"
        case .inProgress(let cell, let count): return "in progress at cell \(cell) of \(count)"
        case .done: return "done"
        }
    }
}
