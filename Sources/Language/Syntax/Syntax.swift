/// Helpers a line editor needs before parsing: is the statement finished, is it blank,
/// and stripping a prompt pasted along with it.
public enum Syntax {
    /// `false` while a bracket or parenthesis or a string is open (the editor should read a
    /// continuation line); `true` otherwise, including for text with too many closing brackets,
    /// which the parser then reports.
    public static func isComplete(_ text: String) -> Bool {
        var scanner = StatementScanner()
        for c in text.unicodeScalars { _ = scanner.feed(c) }
        return scanner.depth == 0 && !scanner.inString
    }

    /// `true` when `text` holds only whitespace and comments (nothing to run).
    public static func isBlank(_ text: String) -> Bool {
        var inComment = false
        for c in text.unicodeScalars {
            if inComment { if c == "\n" { inComment = false }; continue }
            switch c {
            case " ", "\t", "\r", "\n", "\u{A0}": continue
            case "#": inComment = true
            default: return false
            }
        }
        return true
    }

    /// Drops a leading prompt copied with the line: `[12]> `, `> ` or `nnlab> ` (after any
    /// indentation). A `[12]>` must be followed by a space or the end, so `[1]>0` stays.
    public static func stripPastedPrompt(_ line: String) -> String {
        var rest = Substring(line)
        while let first = rest.first, first == " " || first == "\t" { rest = rest.dropFirst() }
        func afterPrompt(_ s: Substring) -> Substring? {
            if s.isEmpty { return s }
            if s.first == " " { return s.dropFirst() }
            return nil
        }
        if rest.hasPrefix("nnlab>"), let r = afterPrompt(rest.dropFirst(6)) { return String(r) }
        if rest.hasPrefix(">"), let r = afterPrompt(rest.dropFirst()) { return String(r) }
        if rest.hasPrefix("[") {
            let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(1 + digits.count)
            if !digits.isEmpty, after.hasPrefix("]>"), let r = afterPrompt(after.dropFirst(2)) { return String(r) }
        }
        return line
    }
}
