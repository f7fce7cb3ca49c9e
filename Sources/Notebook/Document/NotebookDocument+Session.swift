import Language
import Plotting

extension NotebookDocument {
    /// The width pictures and tables are drawn at in their plain-text form.
    public static let textWidth = 80

    /// The notebook of a session: each statement of `log` as a code cell with its number and
    /// outputs, statements taken back by `undo` marked, comments typed on their own lines as
    /// markdown (their `#` removed), `export` statements left out.
    public init(log: NotebookLog, title: String) {
        var cells: [NotebookCell] = []
        var comments: [String] = []
        func flushComments() {
            if !comments.isEmpty { cells.append(.markdown(NotebookDocument.markdown(fromComment: comments.joined(separator: "\n")))) }
            comments = []
        }
        for entry in log.exported {
            if entry.isComment {
                comments.append(entry.source)
                continue
            }
            flushComments()
            cells.append(.code(CodeCell(entry: entry)))
        }
        flushComments()
        self.init(title: title, cells: cells)
    }

    /// Comment lines as markdown: each line's leading `#` and one space after it removed, blank
    /// lines kept as paragraph breaks.
    public static func markdown(fromComment text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = Substring(line)
            while s.first == " " || s.first == "\t" { s.removeFirst() }
            if s.first == "#" { s.removeFirst() }
            if s.first == " " { s.removeFirst() }
            return String(s)
        }.joined(separator: "\n").trimmingBlankLines
    }
}

extension CodeCell {
    /// The code cell of a statement of a session's log: its number, text, outputs and mark.
    public init(entry: NotebookLog.Entry) {
        self.init(number: entry.number, source: entry.source, outputs: entry.outputs.compactMap(CellOutput.init(output:)),
                  undoneBy: entry.undoneBy)
    }
}

extension CellOutput {
    /// A statement's output for a notebook, or nil for what a notebook leaves out (progress,
    /// live pictures, requests to the front end). Tables become rows; other pictures an SVG
    /// document with their plain text at `NotebookDocument.textWidth` columns.
    public init?(output: Output) {
        let options = RenderOptions(width: NotebookDocument.textWidth, colorMode: .none)
        switch output {
        case .text(let s):
            self = .text(s)
        case .picture(let picture):
            if let table = picture as? Table {
                let aligns = table.resolvedColumnAlignments
                self = .table(CellTable(title: table.title, headers: table.headers, rows: table.rows,
                                        rightAligned: aligns.map { $0 == .right }, text: table.renderText(options)))
            } else {
                self = .picture(svg: picture.renderSVG(), text: picture.renderText(options))
            }
        case .error(let diagnostic, let source):
            self = .error(message: diagnostic.summary, text: diagnostic.render(source: source))
        case .progress, .live, .request, .export:
            return nil
        }
    }
}

extension String {
    /// The string without blank lines at its start and end.
    var trimmingBlankLines: String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
