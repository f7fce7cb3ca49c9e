/// One cell of a notebook: prose, or code with what it produced.
public enum NotebookCell: Sendable, Equatable {
    /// Markdown text: a lesson's prose, a comment typed at the prompt.
    case markdown(String)
    /// Statements with their number and outputs.
    case code(CodeCell)
}
