/// The Markdown of lesson prose and comments as HTML: headings, paragraphs, bullet and
/// numbered lists, block quotes, rules, fenced code, and inline **strong**, *emphasis*,
/// `code`, $formulas$ and links. A link is shown as its text with the address after it in
/// parentheses, never as a reference: an exported page refers to nothing outside itself.
enum MarkdownHTML {
    /// The HTML of `markdown`.
    static func render(_ markdown: String) -> String {
        var out: [String] = []
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        var paragraph: [String] = []
        func flushParagraph() {
            if !paragraph.isEmpty { out.append("<p>" + inline(paragraph.joined(separator: "\n")) + "</p>") }
            paragraph = []
        }
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingLeadingSpaces
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flushParagraph()
                let fence = String(trimmed.prefix(3))
                var code: [String] = []
                i += 1
                while i < lines.count, !lines[i].trimmingLeadingSpaces.hasPrefix(fence) {
                    code.append(lines[i])
                    i += 1
                }
                out.append("<pre><code>" + HTMLEscape.text(code.joined(separator: "\n")) + "</code></pre>")
                i += 1
                continue
            }
            if trimmed.isEmpty {
                flushParagraph()
                i += 1
                continue
            }
            if let (level, text) = heading(trimmed) {
                flushParagraph()
                out.append("<h\(level)>" + inline(text) + "</h\(level)>")
                i += 1
                continue
            }
            if isRule(trimmed) {
                flushParagraph()
                out.append("<hr>")
                i += 1
                continue
            }
            if trimmed.hasPrefix(">") {
                flushParagraph()
                var quoted: [String] = []
                while i < lines.count, lines[i].trimmingLeadingSpaces.hasPrefix(">") {
                    var q = Substring(lines[i].trimmingLeadingSpaces.dropFirst())
                    if q.first == " " { q.removeFirst() }
                    quoted.append(String(q))
                    i += 1
                }
                out.append("<blockquote>" + render(quoted.joined(separator: "\n")) + "</blockquote>")
                continue
            }
            if listItem(trimmed) != nil {
                flushParagraph()
                let (html, next) = list(lines, from: i)
                out.append(html)
                i = next
                continue
            }
            paragraph.append(trimmed)
            i += 1
        }
        flushParagraph()
        return out.joined(separator: "\n")
    }

    /// A list starting at line `start`: its HTML and the index of the first line after it.
    /// Lines indented under an item continue it; a blank line followed by another item keeps
    /// the list going.
    static func list(_ lines: [String], from start: Int) -> (String, Int) {
        guard let (ordered, firstNumber, _) = listItem(lines[start].trimmingLeadingSpaces) else { return ("", start + 1) }
        var items: [String] = []
        var i = start
        while i < lines.count {
            let trimmed = lines[i].trimmingLeadingSpaces
            if let (o, _, text) = listItem(trimmed), o == ordered {
                items.append(text)
                i += 1
                continue
            }
            if trimmed.isEmpty {
                if i + 1 < lines.count, let (o, _, _) = listItem(lines[i + 1].trimmingLeadingSpaces), o == ordered {
                    i += 1
                    continue
                }
                break
            }
            if lines[i].hasPrefix(" ") || lines[i].hasPrefix("\t"), !items.isEmpty {
                items[items.count - 1] += "\n" + trimmed
                i += 1
                continue
            }
            break
        }
        let tag = ordered ? "ol" : "ul"
        let startAttribute = ordered && firstNumber != 1 ? " start=\"\(firstNumber)\"" : ""
        let body = items.map { "<li>" + inline($0) + "</li>" }.joined(separator: "\n")
        return ("<\(tag)\(startAttribute)>\n" + body + "\n</\(tag)>", i)
    }

    /// `- item`, `* item`, `+ item` or `3. item`: whether it is numbered, its number, its text.
    static func listItem(_ line: String) -> (ordered: Bool, number: Int, text: String)? {
        if let f = line.first, "-*+".contains(f), line.dropFirst().first == " " {
            if isRule(line) { return nil }
            return (false, 0, String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.first == "." || rest.first == ")", rest.dropFirst().first == " " else { return nil }
        return (true, Int(digits) ?? 1, String(rest.dropFirst(2)))
    }

    /// `## Title` → (2, "Title").
    static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = String(rest).trimmingLeadingSpaces
        while text.hasSuffix("#") || text.hasSuffix(" ") { text.removeLast() }
        return (hashes, text)
    }

    /// `---`, `***` or `___` (three or more, spaces allowed).
    static func isRule(_ line: String) -> Bool {
        let chars = line.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, "-*_".contains(c) else { return false }
        return chars.allSatisfy { $0 == c }
    }

    /// Inline markup of one block's text, escaped.
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        func closing(_ delimiter: String, from start: Int) -> Int? {
            let d = Array(delimiter)
            var j = start
            while j + d.count <= chars.count {
                if chars[j] == "\\" { j += 2; continue }
                if Array(chars[j..<j + d.count]) == d, j > start { return j }
                j += 1
            }
            return nil
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && "\\`*_$[]()#>-+.!{}|".contains(chars[i + 1]):
                out += HTMLEscape.text(String(chars[i + 1]))
                i += 2
            case "`":
                let run = chars[i...].prefix { $0 == "`" }.count
                let delimiter = String(repeating: "`", count: run)
                if let end = closing(delimiter, from: i + run) {
                    let code = String(chars[(i + run)..<end]).trimmingCharacters(in: " ")
                    out += "<code>" + HTMLEscape.text(code) + "</code>"
                    i = end + run
                } else {
                    out += delimiter
                    i += run
                }
            case "*", "_":
                let strong = i + 1 < chars.count && chars[i + 1] == c
                let delimiter = strong ? String([c, c]) : String(c)
                let opensWord = i + delimiter.count < chars.count && chars[i + delimiter.count] != " "
                let insideWord = c == "_" && i > 0 && (chars[i - 1].isLetter || chars[i - 1].isNumber)
                if opensWord, !insideWord, let end = closing(delimiter, from: i + delimiter.count), chars[end - 1] != " " {
                    let tag = strong ? "strong" : "em"
                    out += "<\(tag)>" + inline(String(chars[(i + delimiter.count)..<end])) + "</\(tag)>"
                    i = end + delimiter.count
                } else {
                    out += delimiter
                    i += delimiter.count
                }
            case "$":
                if let end = closing("$", from: i + 1), end > i + 1 {
                    out += "<span class=\"math\">" + HTMLEscape.text(String(chars[(i + 1)..<end])) + "</span>"
                    i = end + 1
                } else {
                    out += "$"
                    i += 1
                }
            case "[":
                if let close = closing("]", from: i + 1), close + 1 < chars.count, chars[close + 1] == "(",
                   let end = closing(")", from: close + 2) {
                    let label = inline(String(chars[(i + 1)..<close]))
                    let address = String(chars[(close + 2)..<end])
                    out += label + " (<span class=\"address\">" + HTMLEscape.text(address) + "</span>)"
                    i = end + 1
                } else {
                    out += "["
                    i += 1
                }
            default:
                out += HTMLEscape.text(String(c))
                i += 1
            }
        }
        return out
    }
}

extension String {
    /// The string without leading spaces and tabs.
    var trimmingLeadingSpaces: String { String(drop { $0 == " " || $0 == "\t" }) }

    /// The string without leading and trailing `character`s.
    func trimmingCharacters(in character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s.removeFirst() }
        while s.last == character { s.removeLast() }
        return String(s)
    }
}
