extension Diagnostic {
    /// The widest stretch of a source line echoed above the caret line, in display cells.
    static let renderWindow = 100

    /// Shows the diagnostic as plain text (no colour):
    ///
    /// ```
    /// layer dense 16 rleu
    ///                ^~~~
    /// error: unknown activation `rleu`; expected one of sigmoid, tanh, relu, linear, softmax
    /// did you mean `relu`?
    /// ```
    ///
    /// `source` is the text that was parsed (the span's offsets index into it). The caret is
    /// aligned in display cells; control characters are echoed as U+FFFD and tabs as spaces;
    /// a very long line is cut to a window around the caret, marked with `…`.
    public func render(source: String) -> String {
        let utf8 = Array(source.utf8)
        let startOffset = Swift.max(0, Swift.min(span.start.offset, utf8.count))
        let endOffset = Swift.max(startOffset, Swift.min(span.end.offset, utf8.count))
        // Find the line containing the start.
        var lineStart = startOffset
        while lineStart > 0, utf8[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = startOffset
        while lineEnd < utf8.count, utf8[lineEnd] != 0x0A { lineEnd += 1 }
        let lineText = String(decoding: utf8[lineStart..<lineEnd], as: UTF8.self)

        // Cells of the line: (shown text, width, utf8 offset of the scalar).
        var cells: [(text: String, width: Int, offset: Int)] = []
        var offset = lineStart
        for scalar in lineText.unicodeScalars {
            cells.append((DisplayWidth.shown(scalar), DisplayWidth.of(scalar), offset))
            offset += String(scalar).utf8.count
        }
        let firstIndex = cells.firstIndex { $0.offset >= startOffset } ?? cells.count
        let clippedEnd = Swift.min(endOffset, lineEnd)
        let lastIndex = cells.firstIndex { $0.offset >= clippedEnd } ?? cells.count

        // Choose a window of cells around the caret.
        var from = 0
        var to = cells.count
        let widthBefore = cells[0..<firstIndex].reduce(0) { $0 + $1.width }
        if widthBefore > Diagnostic.renderWindow / 2 {
            var w = 0
            from = firstIndex
            while from > 0, w + cells[from - 1].width <= 30 { from -= 1; w += cells[from].width }
        }
        var total = 0
        var index = from
        while index < cells.count, total + cells[index].width <= Diagnostic.renderWindow {
            total += cells[index].width
            index += 1
        }
        to = Swift.max(index, Swift.min(cells.count, firstIndex + 1))

        var echoed = from > 0 ? "…" : ""
        var caretLine = from > 0 ? " " : ""
        for i in from..<to { echoed += cells[i].text }
        if to < cells.count { echoed += "…" }
        for i in from..<Swift.min(firstIndex, to) { caretLine += String(repeating: " ", count: cells[i].width) }
        let underlined = Swift.max(0, Swift.min(lastIndex, to) - firstIndex)
        let markWidth = cells[Swift.min(firstIndex, cells.count)..<Swift.min(firstIndex + underlined, cells.count)]
            .reduce(0) { $0 + $1.width }
        caretLine += "^" + String(repeating: "~", count: Swift.max(0, markWidth - 1))

        var lines = [echoed, caretLine]
        let lineNote = span.start.line > 1 ? " (line \(span.start.line))" : ""
        lines.append("error\(lineNote): \(summary)")
        if let suggestion { lines.append("did you mean `\(suggestion)`?") }
        return lines.joined(separator: "\n")
    }
}
