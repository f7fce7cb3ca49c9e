/// A fenced ```` ```nnlab ```` block of a lesson: a code cell or an exercise with its solution.
public struct LessonCell: Sendable, Equatable {
    /// Code or exercise.
    public var kind: CellKind
    /// The 1-based line number of the opening fence.
    public var line: Int
    /// The statements, in order. For a code cell every statement to run (including its
    /// `expect` lines, as written); for an exercise the starter lines shown to the learner,
    /// which are never run for them. Comment-only lines are kept (they are shown; running
    /// skips them); blank lines are dropped.
    public var lines: [LessonLine]
    /// The goals of an exercise: each `expect CONDITION` line's condition (without `expect`).
    /// Empty for a code cell, whose `expect` lines stay in `lines`.
    public var expects: [LessonLine]
    /// The hint tiers of an exercise, in the order they are given (`hint:` lines).
    public var hints: [String]
    /// The paragraph shown when the exercise's goals are met (`why:` lines, joined by
    /// newlines; a bare `why:` line makes a paragraph break), or nil.
    public var why: String?
    /// The statements of the exercise's ```` ```nnlab solution ```` cell; empty for a code cell.
    public var solution: [LessonLine]
    /// The 1-based line number of the solution's opening fence, or nil for a code cell.
    public var solutionLine: Int?

    /// What runs when the lesson is replayed without a learner (the checker, catching up):
    /// a code cell's own lines, an exercise's solution.
    public var replayLines: [LessonLine] { kind == .code ? lines : solution }

    /// Creates a cell.
    public init(
        kind: CellKind, line: Int, lines: [LessonLine], expects: [LessonLine] = [],
        hints: [String] = [], why: String? = nil, solution: [LessonLine] = [], solutionLine: Int? = nil
    ) {
        self.kind = kind
        self.line = line
        self.lines = lines
        self.expects = expects
        self.hints = hints
        self.why = why
        self.solution = solution
        self.solutionLine = solutionLine
    }
}
