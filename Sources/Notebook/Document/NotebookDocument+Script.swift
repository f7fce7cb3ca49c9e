import Language

extension NotebookDocument {
    /// The notebook of a script that ran on an interpreter whose log is `log`
    /// (`nnlab run script.nn --export out.html`): the statements with their numbers and
    /// outputs, and the script's comment lines between them as markdown cells (their `#`
    /// removed, a blank line ending a paragraph), in the script's order.
    public init(script: String, log: NotebookLog, title: String) {
        let statements = Interpreter.statements(of: script)
        let comments = NotebookDocument.commentBlocks(script, statements: statements)
        // The script's statements are the log's statement entries, in order (a script stops
        // at its first error, so there may be fewer).
        let entries = log.entries.filter { !$0.isComment }
        var cells: [NotebookCell] = []
        for (index, entry) in entries.enumerated() {
            cells += (comments[index] ?? []).map { .markdown($0) }
            if entry.isExport { continue }
            cells.append(.code(CodeCell(entry: entry)))
        }
        if entries.count >= statements.count { cells += (comments[statements.count] ?? []).map { .markdown($0) } }
        self.init(title: title, cells: cells)
    }

    /// The comment paragraphs of a script, keyed by the index of the statement they come
    /// before (the number of statements for those after the last).
    static func commentBlocks(_ script: String, statements: [(text: String, line: Int)]) -> [Int: [String]] {
        var covered: [Int: Int] = [:]   // first line of a statement → its index
        var spans: [ClosedRange<Int>] = []
        for (i, s) in statements.enumerated() {
            covered[s.line] = i
            spans.append(s.line...(s.line + s.text.filter { $0 == "\n" }.count))
        }
        var blocks: [Int: [String]] = [:]
        var paragraph: [String] = []
        var next = 0
        func flush() {
            if !paragraph.isEmpty { blocks[next, default: []].append(NotebookDocument.markdown(fromComment: paragraph.joined(separator: "\n"))) }
            paragraph = []
        }
        for (i, raw) in script.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = i + 1
            if let index = covered[line] {
                flush()
                next = index + 1
                continue
            }
            if spans.contains(where: { $0.contains(line) }) { continue }
            let trimmed = raw.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("#") {
                paragraph.append(String(trimmed))
            } else {
                flush()
            }
        }
        flush()
        return blocks
    }
}
