/// The notebook of a session: each statement typed at the top level (at the prompt, in a
/// script, in a lesson cell) with its number, its text and the outputs it produced, in
/// order, and the comments typed between them. Statements taken back by `undo` are marked,
/// not removed. The exporters write this log as an HTML page or a Jupyter notebook.
///
/// The statements a `run "file.nn"` runs are not entries of their own: their outputs belong
/// to the `run` statement. Progress reports, live pictures and export requests are transient
/// and not kept.
public struct NotebookLog: Sendable {
    /// One statement, or a comment, of the notebook.
    public struct Entry: Sendable {
        /// The statement's number (the `[3]` of its prompt); nil for a comment.
        public var number: Int?
        /// The statement as typed (it may span lines), or the comment lines with their `#`.
        public var source: String
        /// What the statement produced, in order (text, pictures, an error).
        public var outputs: [Output]
        /// The number of the `undo` that took the statement back, or nil.
        public var undoneBy: Int?
        /// Whether the statement is an `export` (left out of what is exported).
        public var isExport: Bool

        /// Whether this entry is a comment rather than a statement.
        public var isComment: Bool { number == nil }
        /// Whether `undo` took the statement back.
        public var isUndone: Bool { undoneBy != nil }
        /// Whether the statement failed (its outputs end in an error).
        public var failed: Bool { outputs.contains { $0.isError } }
    }

    /// Every entry so far, in order.
    public private(set) var entries: [Entry] = []

    /// An empty notebook.
    public init() {}

    /// The entries an export writes: everything but `export` statements themselves.
    public var exported: [Entry] { entries.filter { !$0.isExport } }

    /// Starts the entry of statement `number`; returns its index for `record(_:at:)`.
    mutating func begin(number: Int, source: String) -> Int {
        entries.append(Entry(number: number, source: source, outputs: [], undoneBy: nil, isExport: false))
        return entries.count - 1
    }

    /// Adds a comment typed on its own line (lines without `#` are ignored).
    mutating func comment(_ text: String) {
        guard text.contains("#") else { return }
        entries.append(Entry(number: nil, source: text, outputs: [], undoneBy: nil, isExport: false))
    }

    /// Keeps an output of the statement at `index`; transient outputs are not kept.
    mutating func record(_ output: Output, at index: Int) {
        guard entries.indices.contains(index) else { return }
        switch output {
        case .progress, .live, .request, .export: return
        case .text, .picture, .error: entries[index].outputs.append(output)
        }
    }

    /// Marks the statement at `index` as taken back by the `undo` numbered `by`.
    mutating func markUndone(_ index: Int, by number: Int) {
        guard entries.indices.contains(index) else { return }
        entries[index].undoneBy = number
    }

    /// Marks the statement at `index` as an `export`.
    mutating func markExport(_ index: Int) {
        guard entries.indices.contains(index) else { return }
        entries[index].isExport = true
    }
}
