/// What one call of ``LineEditor/readStatement(prompt:continuationPrompt:isComplete:)`` produced.
public enum ReadResult: Equatable, Sendable {
    /// A complete statement. Lines of a multi-line statement are joined with `"\n"`; the
    /// final newline is removed. At end of input an unfinished statement is returned as is,
    /// so the language can report what is missing.
    case line(String)
    /// Ctrl-C at the prompt: the typed text was discarded; show a fresh prompt.
    case interrupted
    /// Ctrl-D on an empty line, or end of the input stream: the session should end.
    case endOfInput
}
