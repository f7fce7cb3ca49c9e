import Plotting

/// Writes a notebook as one self-contained HTML page: each code cell as an input with its
/// number and its outputs (text and tables as text, pictures as inline SVG, errors styled as
/// errors, undone statements struck through and marked), markdown cells as HTML. The style
/// sheet is inside the page; there are no scripts and no references to other files or
/// addresses, so it opens offline and prints well. Every picture's SVG ids get a prefix of
/// its own (`p1-`, `p2-`, …), so many pictures on one page do not clash.
public enum HTMLWriter {
    /// The page for `document`.
    public static func write(_ document: NotebookDocument) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="nnlab">
        <title>\(HTMLEscape.text(document.title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <main>

        """
        var pictures = 0
        for cell in document.cells {
            switch cell {
            case .markdown(let text):
                out += "<section class=\"cell markdown\">\n" + MarkdownHTML.render(text) + "\n</section>\n"
            case .code(let code):
                out += codeCell(code, pictures: &pictures)
            }
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// One code cell: its input and its outputs.
    static func codeCell(_ cell: CodeCell, pictures: inout Int) -> String {
        var classes = ["cell", "code"]
        if cell.undoneBy != nil { classes.append("undone") }
        if cell.failed { classes.append("failed") }
        let prompt = cell.number.map { "[\($0)]" } ?? ""
        var out = "<section class=\"\(classes.joined(separator: " "))\">\n"
        out += "<div class=\"input\"><span class=\"prompt\">\(prompt)</span><pre><code>\(HTMLEscape.text(cell.source))</code></pre></div>\n"
        if let by = cell.undoneBy {
            out += "<p class=\"mark\">undone by [\(by)] undo</p>\n"
        }
        if !cell.outputs.isEmpty {
            out += "<div class=\"outputs\">\n"
            var texts: [String] = []   // neighbouring texts read as one block, as on a terminal
            for output in cell.outputs {
                if case .text(let text) = output {
                    texts.append(text)
                    continue
                }
                if !texts.isEmpty { out += html(.text(texts.joined(separator: "\n")), pictures: &pictures) + "\n" }
                texts = []
                out += html(output, pictures: &pictures) + "\n"
            }
            if !texts.isEmpty { out += html(.text(texts.joined(separator: "\n")), pictures: &pictures) + "\n" }
            out += "</div>\n"
        }
        out += "</section>\n"
        return out
    }

    /// One output.
    static func html(_ output: CellOutput, pictures: inout Int) -> String {
        switch output {
        case .text(let text):
            return "<pre class=\"text\">\(HTMLEscape.text(text))</pre>"
        case .table(let table):
            return self.table(table)
        case .picture(let svg, let text):
            pictures += 1
            let inline = SVGEmbedding.inlineHTML(svg, prefix: "p\(pictures)-")
            return "<figure class=\"picture\" role=\"img\" aria-label=\"\(HTMLEscape.text(firstLine(text)))\">\n\(inline)</figure>"
        case .error(_, let text):
            return "<pre class=\"error\">\(HTMLEscape.text(text))</pre>"
        }
    }

    /// A table as an HTML table, numeric columns aligned right.
    static func table(_ table: CellTable) -> String {
        func cellClass(_ c: Int) -> String { c < table.rightAligned.count && table.rightAligned[c] ? " class=\"number\"" : "" }
        var out = "<table class=\"data\">"
        if let title = table.title { out += "<caption>\(HTMLEscape.text(title))</caption>" }
        out += "\n<thead><tr>" + table.headers.enumerated().map { "<th\(cellClass($0.offset))>\(HTMLEscape.text($0.element))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        let columns = max(table.headers.count, table.rows.map(\.count).max() ?? 0)
        for row in table.rows {
            out += "<tr>" + (0..<columns).map { c in "<td\(cellClass(c))>\(HTMLEscape.text(c < row.count ? row[c] : ""))</td>" }.joined() + "</tr>\n"
        }
        out += "</tbody></table>"
        return out
    }

    /// The first line of a text, for a picture's label.
    static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n", maxSplits: 1).first ?? "")
    }
}
