/// Inline Markdown: `**strong**`, `*emphasis*` / `_emphasis_`, `` `code` ``, `$formula$`,
/// `[text](url)` and backslash escapes, turned into styled runs.
///
/// Strong and emphasis are both shown bold (terminals have no reliable italics); code keeps its
/// backticks when colour is off and is cyan when it is on; a formula becomes plain Unicode
/// text (see ``Formula``); a link shows its text followed by the address in parentheses.
enum InlineMarkup {
    /// The runs of `text`, each inheriting `base` (the style of an enclosing heading, say).
    static func runs(_ text: String, base: TextStyle = [], color: Bool) -> [StyledRun] {
        var parser = Parser(chars: Array(text), color: color)
        return merge(parser.parse(style: base, closer: nil))
    }

    /// Joins neighbouring runs of the same style.
    static func merge(_ runs: [StyledRun]) -> [StyledRun] {
        var out: [StyledRun] = []
        for run in runs where !run.text.isEmpty {
            if let last = out.last, last.style == run.style {
                out[out.count - 1].text += run.text
            } else {
                out.append(run)
            }
        }
        return out
    }

    private struct Parser {
        var chars: [Character]
        var color: Bool
        var index = 0

        /// Parses until `closer` (a delimiter such as `**`) or the end.
        mutating func parse(style: TextStyle, closer: String?) -> [StyledRun] {
            var runs: [StyledRun] = []
            var plain = ""
            func flush() {
                if !plain.isEmpty { runs.append(StyledRun(text: plain, style: style)); plain = "" }
            }
            while index < chars.count {
                if let closer, matches(closer, at: index), canClose(closer, at: index) {
                    index += closer.count
                    flush()
                    return runs
                }
                let c = chars[index]
                switch c {
                case "\\":
                    if index + 1 < chars.count, "\\`*_$[]()#>-+.!{}|".contains(chars[index + 1]) {
                        plain.append(chars[index + 1])
                        index += 2
                    } else {
                        plain.append(c)
                        index += 1
                    }
                case "`":
                    if let code = codeSpan() {
                        flush()
                        runs.append(StyledRun(text: color ? code : "`" + code + "`", style: style.union(.code)))
                    } else {
                        let run = chars[index...].prefix { $0 == "`" }
                        plain += String(run)
                        index += run.count
                    }
                case "$":
                    if let formula = delimited(open: matches("$$", at: index) ? "$$" : "$") {
                        plain += Formula.plain(formula)
                    } else {
                        plain.append(c)
                        index += 1
                    }
                case "*", "_":
                    let delimiter = matches(String([c, c]), at: index) ? String([c, c]) : String(c)
                    if canOpen(delimiter, at: index), hasCloser(delimiter, after: index + delimiter.count) {
                        flush()
                        index += delimiter.count
                        runs += parse(style: style.union(.bold), closer: delimiter)
                    } else {
                        plain += delimiter
                        index += delimiter.count
                    }
                case "[":
                    if let (label, url) = link() {
                        flush()
                        var inner = Parser(chars: Array(label), color: color)
                        runs += inner.parse(style: style, closer: nil)
                        plain = url.isEmpty ? "" : " (" + url + ")"
                    } else {
                        plain.append(c)
                        index += 1
                    }
                default:
                    plain.append(c)
                    index += 1
                }
            }
            flush()
            return runs
        }

        func matches(_ s: String, at i: Int) -> Bool {
            var j = i
            for c in s {
                guard j < chars.count, chars[j] == c else { return false }
                j += 1
            }
            return true
        }

        /// A delimiter opens when followed by a non-space and, for `_`, not preceded by a
        /// letter or digit (so `snake_case` and `x_t` stay as written).
        func canOpen(_ delimiter: String, at i: Int) -> Bool {
            let after = i + delimiter.count
            guard after < chars.count, !chars[after].isWhitespace else { return false }
            if delimiter.first == "_", i > 0, chars[i - 1].isLetter || chars[i - 1].isNumber { return false }
            return true
        }

        /// A delimiter closes when preceded by a non-space and, for `_`, not followed by a
        /// letter or digit.
        func canClose(_ delimiter: String, at i: Int) -> Bool {
            guard i > 0, !chars[i - 1].isWhitespace else { return false }
            let after = i + delimiter.count
            if delimiter.first == "_", after < chars.count, chars[after].isLetter || chars[after].isNumber { return false }
            if delimiter.count == 1, after < chars.count, chars[after] == delimiter.first { return false }
            return true
        }

        func hasCloser(_ delimiter: String, after start: Int) -> Bool {
            var j = start + 1
            while j < chars.count {
                if chars[j] == "`" { // skip code spans
                    var k = j + 1
                    while k < chars.count, chars[k] != "`" { k += 1 }
                    j = k + 1
                    continue
                }
                if matches(delimiter, at: j), canClose(delimiter, at: j) { return true }
                j += 1
            }
            return false
        }

        /// A code span opened at `index` by a run of backticks and closed by a run of the same
        /// length; its content is verbatim (one leading and trailing space trimmed if both).
        mutating func codeSpan() -> String? {
            let run = chars[index...].prefix { $0 == "`" }.count
            var j = index + run
            while j < chars.count {
                if chars[j] == "`" {
                    let closing = chars[j...].prefix { $0 == "`" }.count
                    if closing == run {
                        var content = String(chars[(index + run)..<j])
                        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
                            content = String(content.dropFirst().dropLast())
                        }
                        index = j + run
                        return content
                    }
                    j += closing
                } else {
                    j += 1
                }
            }
            return nil
        }

        /// Text between `open` at `index` and the next `open` on the same line, if any.
        mutating func delimited(open: String) -> String? {
            let start = index + open.count
            var j = start
            while j < chars.count {
                if matches(open, at: j), j > start {
                    index = j + open.count
                    return String(chars[start..<j])
                }
                j += 1
            }
            return nil
        }

        /// `[label](url)` at `index`.
        mutating func link() -> (String, String)? {
            guard let close = chars[index...].firstIndex(of: "]"), close + 1 < chars.count,
                  chars[close + 1] == "(", let end = chars[(close + 1)...].firstIndex(of: ")")
            else { return nil }
            let label = String(chars[(index + 1)..<close])
            let url = String(chars[(close + 2)..<end])
            index = end + 1
            return (label, url)
        }
    }
}
