/// Shows a lesson's Markdown prose in a terminal: headings, paragraphs filled to a width,
/// `**bold**` and `*emphasis*`, `` `inline code` ``, lists (nested by indentation), block
/// quotes, `$formulas$` as plain Unicode text, fenced code, rules and tables.
///
/// With `color` off the result is plain text: headings are underlined with `=` (level 1) or
/// `-` (level 2), emphasis markers are dropped and inline code keeps its backticks. With
/// `color` on, headings are bold cyan, strong and emphasis bold, code cyan, quote bars and
/// rules dim (ANSI escape codes), and no other escapes are used.
public enum ProseRenderer {
    /// The rendered text of `markdown`, every line at most `width` display columns (clamped to
    /// at least 20) except fenced code and table rows, which are kept as written. Blocks are
    /// separated by one blank line; there is no trailing newline.
    public static func render(markdown: String, width: Int, color: Bool) -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).replacingTabs()
        }
        return renderBlocks(lines, width: max(20, width), color: color).joined(separator: "\n")
    }

    // MARK: Blocks

    /// The blocks of `lines`, separated by a blank line unless `tight` (a list item's content
    /// with no blank line in it).
    private static func renderBlocks(_ lines: [String], width: Int, color: Bool, tight: Bool = false) -> [String] {
        var blocks: [[String]] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let text = line.trimmed
            if text.isEmpty { index += 1; continue }

            if let fence = Fence(opening: line) {
                var code: [String] = []
                index += 1
                while index < lines.count, !fence.isClosed(by: lines[index]) {
                    code.append(lines[index]); index += 1
                }
                index += 1
                blocks.append(code.map { "    " + TextStyle.cyan.apply($0, color: color) })
            } else if text.hasPrefix("$$") {
                var formula = String(text.dropFirst(2))
                if formula.hasSuffix("$$") {
                    formula = String(formula.dropLast(2))
                    index += 1
                } else {
                    index += 1
                    while index < lines.count {
                        let l = lines[index].trimmed
                        index += 1
                        if l.hasSuffix("$$") { formula += " " + l.dropLast(2); break }
                        formula += " " + l
                    }
                }
                let runs = [StyledRun(text: Formula.plain(formula), style: [])]
                let pad = StyledRun(text: "    ", style: [])
                blocks.append(WordWrapper.wrap(runs, width: width, first: pad, rest: pad, color: color))
            } else if let (level, title) = heading(text) {
                index += 1
                blocks.append(renderHeading(title, level: level, width: width, color: color))
            } else if isRule(text) {
                index += 1
                blocks.append([TextStyle.dim.apply(String(repeating: "─", count: width), color: color)])
            } else if text.hasPrefix(">") {
                var inner: [String] = []
                while index < lines.count, lines[index].trimmed.hasPrefix(">") {
                    var rest = Substring(lines[index].trimmed.dropFirst())
                    if rest.first == " " { rest = rest.dropFirst() }
                    inner.append(String(rest))
                    index += 1
                }
                let bar = TextStyle.dim.apply("│", color: color)
                blocks.append(renderBlocks(inner, width: width - 2, color: color).map {
                    $0.isEmpty ? bar : bar + " " + $0
                })
            } else if text.hasPrefix("|") {
                var rows: [String] = []
                while index < lines.count, lines[index].trimmed.hasPrefix("|") {
                    rows.append(lines[index].trimmed); index += 1
                }
                blocks.append(rows)
            } else if listMarker(line) != nil {
                let (items, next) = collectList(lines, from: index)
                index = next
                blocks.append(items.flatMap { renderItem($0, width: width, color: color) })
            } else {
                var paragraph: [String] = []
                while index < lines.count, !lines[index].trimmed.isEmpty, paragraph.isEmpty || !startsBlock(lines[index]) {
                    paragraph.append(lines[index].trimmed); index += 1
                }
                let runs = InlineMarkup.runs(paragraph.joined(separator: " "), color: color)
                let none = StyledRun(text: "", style: [])
                blocks.append(WordWrapper.wrap(runs, width: width, first: none, rest: none, color: color))
            }
        }
        return blocks.enumerated().flatMap { i, block in i == 0 || tight ? block : [""] + block }
    }

    private static func renderHeading(_ title: String, level: Int, width: Int, color: Bool) -> [String] {
        let style: TextStyle = level <= 2 ? [.bold, .cyan] : [.bold]
        let runs = InlineMarkup.runs(title, base: style, color: color)
        let none = StyledRun(text: "", style: [])
        var lines = WordWrapper.wrap(runs, width: width, first: none, rest: none, color: color)
        if !color, level <= 2 {
            let plain = WordWrapper.wrap(runs, width: width, first: none, rest: none, color: false)
            let longest = plain.map { TextWidth.of($0) }.max() ?? 0
            lines.append(String(repeating: level == 1 ? "=" : "-", count: longest))
        }
        return lines
    }

    // MARK: Lists

    private struct ListItem {
        var marker: String
        var content: [String]
    }

    /// A list item's marker and the column its content starts at, or nil.
    private static func listMarker(_ line: String) -> (marker: String, contentColumn: Int)? {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        if let c = rest.first, c == "-" || c == "*" || c == "+" {
            let after = rest.dropFirst()
            guard after.first == " " else { return nil }
            if c != "+" && isRule(String(rest)) { return nil }
            return ("•", indent + 2)
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let after = rest.dropFirst(digits.count)
        guard let dot = after.first, dot == "." || dot == ")", after.dropFirst().first == " " else { return nil }
        return (digits + ".", indent + digits.count + 2)
    }

    /// The items of the list starting at `start`, and the index after it. An item runs until
    /// a blank line followed by text indented less than its content, or the next item at the
    /// same indentation; nested lists stay inside their item's content.
    private static func collectList(_ lines: [String], from start: Int) -> ([ListItem], Int) {
        var items: [ListItem] = []
        var index = start
        guard let first = listMarker(lines[start]) else { return ([], start + 1) }
        let baseIndent = lines[start].prefix { $0 == " " }.count
        var contentColumn = first.contentColumn
        while index < lines.count {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            if line.trimmed.isEmpty {
                // A blank line continues the item only if indented content follows.
                var j = index + 1
                while j < lines.count, lines[j].trimmed.isEmpty { j += 1 }
                guard j < lines.count else { index = j; break }
                let nextIndent = lines[j].prefix { $0 == " " }.count
                if nextIndent >= contentColumn, !items.isEmpty {
                    items[items.count - 1].content.append("")
                    index += 1
                    continue
                }
                if nextIndent == baseIndent, listMarker(lines[j]) != nil { index = j; continue }
                index = j
                break
            }
            if indent <= baseIndent + 1, let marker = listMarker(line), indent >= baseIndent {
                items.append(ListItem(marker: marker.marker, content: [String(line.dropFirst(marker.contentColumn))]))
                contentColumn = marker.contentColumn
                index += 1
                continue
            }
            if indent < baseIndent || items.isEmpty { break }
            if indent < contentColumn, startsBlock(line), listMarker(line) == nil { break }
            let strip = min(indent, contentColumn)
            items[items.count - 1].content.append(String(line.dropFirst(strip)))
            index += 1
        }
        return (items, index)
    }

    private static func renderItem(_ item: ListItem, width: Int, color: Bool) -> [String] {
        let markerWidth = TextWidth.of(item.marker) + 1
        let tight = !item.content.contains { $0.trimmed.isEmpty }
        let inner = renderBlocks(item.content, width: width - markerWidth, color: color, tight: tight)
        let pad = String(repeating: " ", count: markerWidth)
        return inner.enumerated().map { i, line in
            if i == 0 { return item.marker + " " + line }
            return line.isEmpty ? "" : pad + line
        }
    }

    // MARK: Line kinds

    private static func heading(_ text: String) -> (Int, String)? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = text.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var title = rest.trimmed
        while title.hasSuffix("#") { title = String(title.dropLast()).trimmed }
        return (hashes, title)
    }

    private static func isRule(_ text: String) -> Bool {
        let chars = text.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, c == "-" || c == "*" || c == "_" else { return false }
        return chars.allSatisfy { $0 == c }
    }

    /// Whether `line` starts a block other than a paragraph (so it ends a paragraph).
    private static func startsBlock(_ line: String) -> Bool {
        let text = line.trimmed
        return Fence(opening: line) != nil || heading(text) != nil || isRule(text)
            || text.hasPrefix(">") || text.hasPrefix("$$") || text.hasPrefix("|") || listMarker(line) != nil
    }
}

extension String {
    /// The line with each tab replaced by spaces up to the next multiple of four columns.
    func replacingTabs() -> String {
        guard contains("\t") else { return self }
        var out = ""
        var column = 0
        for c in self {
            if c == "\t" {
                let n = 4 - column % 4
                out += String(repeating: " ", count: n)
                column += n
            } else {
                out.append(c)
                column += 1
            }
        }
        return out
    }
}
