import Foundation

/// What `export "day1.html"` asks the front end to write: the file and its kind.
public struct ExportRequest: Sendable, Equatable {
    /// The path as the learner typed it, for messages.
    public var path: String
    /// The path resolved against the working directory.
    public var url: URL
    /// HTML page or Jupyter notebook, from the file name's extension.
    public var format: NotebookFormat

    /// Creates a request.
    public init(path: String, url: URL, format: NotebookFormat) {
        self.path = path
        self.url = url
        self.format = format
    }
}

/// The kinds of file a notebook is exported as.
public enum NotebookFormat: String, Sendable, Equatable, CaseIterable {
    /// One self-contained HTML page (`.html`, `.htm`).
    case html
    /// A Jupyter notebook, nbformat 4 (`.ipynb`).
    case ipynb

    /// The format a file name asks for by its extension (any case), or nil.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            self = .html
        } else if lower.hasSuffix(".ipynb") {
            self = .ipynb
        } else {
            return nil
        }
    }
}
