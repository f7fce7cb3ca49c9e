/// A notebook as the exporters see it: a title and cells in reading order, markdown prose and
/// code cells with their outputs. Built from a session's `NotebookLog`, from a lesson, or by
/// hand; written by `HTMLWriter` and `IpynbWriter`. A value with no dates or random parts,
/// so the same document always gives the same bytes.
public struct NotebookDocument: Sendable, Equatable {
    /// The title (the page's `<title>`, the notebook's `metadata.title`).
    public var title: String
    /// The cells in reading order.
    public var cells: [NotebookCell]

    /// Creates a document.
    public init(title: String, cells: [NotebookCell] = []) {
        self.title = title
        self.cells = cells
    }

    /// The code cells alone, in order.
    public var codeCells: [CodeCell] {
        cells.compactMap { if case .code(let cell) = $0 { return cell } else { return nil } }
    }
}
