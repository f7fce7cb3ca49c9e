/// A light scan of raw text that knows strings, comments and brackets but nothing else:
/// where statements end, and whether one is still open. Never throws; linear time.
struct StatementScanner {
    private(set) var depth = 0
    private(set) var inString = false
    private var inComment = false
    private var escaped = false

    /// Feeds one scalar; returns `true` when it is a line break that ends a statement.
    mutating func feed(_ c: Unicode.Scalar) -> Bool {
        if inString {
            if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            return false
        }
        if inComment {
            if c == "\n" { inComment = false; return depth == 0 }
            return false
        }
        switch c {
        case "\"": inString = true
        case "#": inComment = true
        case "[", "(": depth += 1
        case "]", ")": depth = Swift.max(0, depth - 1)
        case "\n": return depth == 0
        default: break
        }
        return false
    }

    /// Splits `source` into statements: each with its text and the number of lines before it.
    static func split(_ source: String) -> [(text: String, lineOffset: Int)] {
        var scanner = StatementScanner()
        var chunks: [(text: String, lineOffset: Int)] = []
        var current = String.UnicodeScalarView()
        var line = 0
        var chunkLine = 0
        for c in source.unicodeScalars {
            let ends = scanner.feed(c)
            if c == "\n" { line += 1 }
            if ends {
                chunks.append((String(current), chunkLine))
                current = String.UnicodeScalarView()
                chunkLine = line
            } else {
                current.append(c)
            }
        }
        chunks.append((String(current), chunkLine))
        return chunks
    }
}
