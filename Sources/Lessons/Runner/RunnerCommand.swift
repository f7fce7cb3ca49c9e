/// What the learner can type at a lesson pause besides statements of the language.
enum RunnerCommand: String, CaseIterable {
    case next, back, again, hint, solution, goals, skip, quit, help

    /// The command a whole input line names (`next`, ` hint `, empty = `next`); nil for a
    /// statement. Only a bare word counts, so `help train` still reaches the interpreter.
    init?(input: String) {
        let word = input.trimmed.lowercased()
        if word.isEmpty { self = .next; return }
        self.init(rawValue: word)
    }

    /// The help shown by `help`.
    static let helpText = """
        At a pause you can type any nnlab statement; it runs in the lesson's session. Also:
          next (or Enter)  run the shown cell, or go on to the next one
          back             go back to the previous cell
          again            show the current cell again (and rerun a code cell)
          hint             the next hint for an exercise
          solution         show and run one solution of an exercise
          goals            how far the exercise's goals are
          skip             go on without running this cell or solving this exercise
          quit             leave the lesson; `lesson N` later resumes where you stopped
          help             this list
        """
}
