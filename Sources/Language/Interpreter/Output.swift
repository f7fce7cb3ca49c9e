import Foundation
import Plotting

/// What a statement produces. The interpreter never prints: it hands outputs to a sink, and
/// a front end (the terminal, a notebook exporter, a test) decides how to show them.
public enum Output: Sendable {
    /// Plain text, one or more lines (no trailing newline).
    case text(String)
    /// A picture: a plot, a heat map, a table, a diagram.
    case picture(any Picture)
    /// A failed statement: the diagnostic and the source it points into.
    case error(Diagnostic, source: String)
    /// A live progress report (training). Transient: a terminal redraws it in place; a
    /// transcript or notebook leaves it out, because its rate and time left vary from run
    /// to run.
    case progress(ProgressBar)
    /// A request the interpreter cannot serve itself and passes to the front end.
    case request(Request)
    /// A picture redrawn in place while a statement runs (`train 200 live`: the decision
    /// regions or the loss curve as the network learns). Transient like `progress`: a
    /// terminal replaces the previous one with it and clears the last when the statement goes
    /// on; a transcript or notebook leaves it out (the statement's lasting pictures follow as
    /// `.picture`).
    case live(any Picture)
    /// `export "day1.html"`: write the session's notebook so far to a file. The interpreter
    /// has checked the path; the front end, which knows the notebook writers, writes it and
    /// says so. Not kept in a transcript or notebook.
    case export(ExportRequest)

    /// Things only the front end can do.
    public enum Request: Sendable, Equatable {
        /// Leave nnlab.
        case quit
        /// Show the lesson menu.
        case lessons
        /// Start lesson `n`.
        case lesson(Int)
    }

    /// The output as plain text for a transcript: pictures drawn without colour at `width`,
    /// errors with their caret; progress reports give nil.
    public func plainText(width: Int = 80) -> String? {
        switch self {
        case .text(let s): return s
        case .picture(let p): return p.renderText(RenderOptions(width: width, colorMode: .none))
        case .error(let d, let source): return d.render(source: source)
        case .progress, .live: return nil
        case .request, .export: return nil
        }
    }

    /// Whether this output reports a failure.
    public var isError: Bool {
        if case .error = self { return true }
        return false
    }
}
