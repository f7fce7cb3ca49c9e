/// The `---` header of a lesson file: `title:`, `minutes:` and an `objectives:` list.
///
/// ```
/// ---
/// title: The neuron
/// minutes: 15
/// objectives:
///   - compute sigmoid(w·x + b) by hand
///   - see one neuron fail on xor
/// ---
/// ```
/// Values may be quoted; unknown keys are ignored so new ones can be added later.
struct FrontMatter: Equatable {
    var title: String
    var minutes: Int?
    var objectives: [String]
    /// The index in the file's lines of the first line after the closing `---`.
    var bodyStart: Int

    /// Reads the front matter at the top of `lines` (the file's lines, 0-based array).
    static func parse(_ lines: [String], file: String) throws(LessonError) -> FrontMatter {
        func fail(_ line: Int, _ message: String) -> LessonError {
            LessonError(file: file, line: line, message: message)
        }
        var first = 0
        while first < lines.count, lines[first].trimmed.isEmpty { first += 1 }
        guard first < lines.count, lines[first].trimmed == "---" else {
            throw fail(min(first, max(lines.count - 1, 0)) + 1,
                       "missing front matter: a lesson starts with `---`, `title: …`, `---`")
        }
        guard lines[(first + 1)...].contains(where: { $0.trimmed == "---" }) else {
            throw fail(first + 1, "front matter is not closed: no `---` line after it")
        }
        var title: String?
        var minutes: Int?
        var objectives: [String] = []
        var inObjectives = false
        var index = first + 1
        while index < lines.count {
            let raw = lines[index]
            let text = raw.trimmed
            let lineNumber = index + 1
            index += 1
            if text == "---" {
                guard let title, !title.isEmpty else {
                    throw fail(first + 1, "front matter has no `title:`")
                }
                return FrontMatter(title: title, minutes: minutes, objectives: objectives, bodyStart: index)
            }
            if text.isEmpty || text.hasPrefix("#") { continue }
            if text.hasPrefix("- ") || text == "-" {
                guard inObjectives else { throw fail(lineNumber, "a list item outside `objectives:`") }
                let item = unquote(String(text.dropFirst()).trimmed)
                if !item.isEmpty { objectives.append(item) }
                continue
            }
            guard let colon = text.firstIndex(of: ":") else {
                throw fail(lineNumber, "cannot read this front matter line; expected `key: value`")
            }
            let key = text[..<colon].trimmed.lowercased()
            let value = unquote(text[text.index(after: colon)...].trimmed)
            inObjectives = false
            switch key {
            case "title":
                title = value
            case "minutes":
                guard let m = Int(value), m > 0 else {
                    throw fail(lineNumber, "`minutes:` must be a whole number of minutes, not `\(value)`")
                }
                minutes = m
            case "objectives":
                inObjectives = true
                if !value.isEmpty { objectives.append(value) }
            default:
                continue
            }
        }
        throw fail(first + 1, "front matter is not closed: no `---` line after it")
    }

    private static func unquote(_ s: String) -> String {
        if s.count >= 2, let f = s.first, let l = s.last, f == l, f == "\"" || f == "'" {
            return String(s.dropFirst().dropLast())
        }
        return s
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns.
    var trimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
