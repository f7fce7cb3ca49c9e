import Foundation
import Language

/// Writing a notebook to a file, in the format its name asks for, atomically: a failed write
/// never leaves half a file.
public enum NotebookFile {
    /// The document's bytes in `format`.
    public static func contents(of document: NotebookDocument, as format: NotebookFormat) -> String {
        switch format {
        case .html: return HTMLWriter.write(document)
        case .ipynb: return IpynbWriter.write(document)
        }
    }

    /// Writes `document` to `url` in `format`, replacing the file at once.
    public static func write(_ document: NotebookDocument, as format: NotebookFormat, to url: URL) throws {
        try Data(contents(of: document, as: format).utf8).write(to: url, options: .atomic)
    }

    /// Serves an `export` request: the session's notebook so far, titled after the file,
    /// written where the request says. Returns what to tell the learner.
    public static func export(_ log: NotebookLog, request: ExportRequest) throws -> String {
        var document = NotebookDocument(log: log, title: "nnlab: " + request.url.deletingPathExtension().lastPathComponent)
        let count = document.codeCells.count
        let undone = document.codeCells.filter { $0.undoneBy != nil }.count
        var summary = "*An nnlab session: \(count) statement\(count == 1 ? "" : "s")"
        if undone > 0 { summary += ", \(undone) of them taken back by `undo` and marked so" }
        document.cells.insert(.markdown("# \(document.title)\n\n" + summary + ".*"), at: 0)
        try write(document, as: request.format, to: request.url)
        let kind = request.format == .html ? "an HTML page" : "a Jupyter notebook"
        return "exported \(count) statement\(count == 1 ? "" : "s") to \(request.path) (\(kind))"
    }
}
